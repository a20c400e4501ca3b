using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>
/// F31: any professional, of any organisation, sends a person to the work ability coordinators of the
/// person's home municipality (työkyvyn tuen saatelomake). The answer is the same whether or not the
/// person is already a client — the form is not matched to anyone until a coordinator does it — so
/// sending reveals nothing about the county's clients to another organisation.
/// </summary>
public static class SendCoordinatorReferral
{
    public sealed record ConsentPart(ReferralConsentBasis? Basis, DateOnly? GivenOn, string? HeardBy);

    public sealed record ServicePart(ExistingServiceKind? Kind, string? Organisation, string? ContactPerson, string? Contact);

    public sealed record Request(
        string? PersonalIdentityCode, string? FirstName, string? LastName, DateOnly? BirthDate, string? Phone, string? Municipality,
        string? Concern, string? ClientsOwnWords, string? Tried, IReadOnlyList<ServicePart?>? ExistingServices, ConsentPart? Consent,
        string? ContactPreference);

    public sealed record Sent(Guid Id);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Sent> Handle(Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var key = CoordinatorRoute.KeyOf(request.Municipality);
            var route = key.Length == 0 ? null : await db.CoordinatorRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, ct);
            var referral = CoordinatorReferral.Send(new CoordinatorReferral.Form(
                    request.PersonalIdentityCode, request.FirstName, request.LastName, request.BirthDate, request.Phone,
                    route?.Municipality ?? request.Municipality, request.Concern, request.ClientsOwnWords, request.Tried,
                    request.ExistingServices?.Select(s => s is null ? null : new CoordinatorReferral.ReferredServiceForm(s.Kind, s.Organisation, s.ContactPerson, s.Contact)).ToList(),
                    request.Consent?.Basis, request.Consent?.GivenOn, request.Consent?.HeardBy, request.ContactPreference),
                route?.OrganisationId, actor.ProfessionalId!.Value, actor.OrganisationId!.Value, clock.GetUtcNow());
            db.CoordinatorReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
            return new Sent(referral.Id);
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapPost("", async (Request request, Handler handler, CancellationToken ct) =>
            {
                var sent = await handler.Handle(request, ct);
                return Results.Accepted($"/api/coordinator-referrals/{sent.Id}", sent);
            })
            .Produces<Sent>(StatusCodes.Status202Accepted)
            .WithSummary("Sends a person to the work ability coordinators of their home municipality (saatelomake); the same answer for a new and an existing person");
}
