using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The administrator routes a municipality's saatelomakkeet to a sote-centre (F31): a new municipality
/// gets a route, a known one is redirected. Referrals already sent stay with the coordinators who have them.
/// </summary>
public static class SetCoordinatorRoute
{
    public sealed record Request(string? Municipality, Guid? OrganisationId);

    public sealed class Handler(AppDbContext db)
    {
        public async Task Handle(Request request, CancellationToken ct)
        {
            var organisation = request.OrganisationId is { } id ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) : null;
            if (organisation is null)
            {
                var errors = new List<FieldError> { new("organisationId", request.OrganisationId is null ? TextRules.Required : "invalid_choice") };
                TextRules.RequiredText(request.Municipality, "municipality", WorkAbility.Domain.Clients.Client.MunicipalityMaxLength, errors);
                throw new DomainValidationException(errors);
            }
            var key = CoordinatorRoute.KeyOf(request.Municipality);
            if (await db.CoordinatorRoutes.SingleOrDefaultAsync(r => r.Key == key, ct) is { } known)
            {
                known.Redirect(organisation);
            }
            else
            {
                db.CoordinatorRoutes.Add(CoordinatorRoute.To(request.Municipality, organisation));
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
