using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F42: the employer changed its occupational health provider. The unit responsible hands the case to the new one with the
/// work ability summary, under a consent naming the new unit; the new unit becomes responsible, and both are told.
/// </summary>
public static class ChangeOhProvider
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.provider-change";

    public sealed class Request
    {
        public Guid? OrganisationId { get; set; }
        public string? WorkAbilitySummary { get; set; }
        public string? SickLeaveHistory { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct);
            var myOrg = work.Actor.OrganisationId!.Value;
            var now = clock.GetUtcNow();
            var handover = OhHandover.Create(work.Case.Id, myOrg, request.OrganisationId, OhHandoverReason.OhProviderChanged, request.WorkAbilitySummary,
                request.SickLeaveHistory, work.ProfessionalId, now);
            var to = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == handover.ToOrganisationId, ct);
            if (to is null || to.Kind is not OrganisationKind.OccupationalHealth)
            {
                throw new DomainValidationException([new FieldError("organisationId", "invalid_choice")]);
            }
            if (!access.ConsentedCategories(clientId, to.Id).HasFlag(DataCategory.HealthData))
            {
                throw new DomainRuleException("oh_provider_needs_consent", "organisationId");
            }
            work.Case.ChangeOccupationalHealthProvider(to.Id, myOrg, work.ProfessionalId, now);
            db.OhHandovers.Add(handover);
            work.Case.Tell(WhoIsTold.OhProviderChanged(work.Case.Id, to.Id, work.ProfessionalId, now));
            work.Case.Tell(WhoIsTold.OhProviderChanged(work.Case.Id, myOrg, work.ProfessionalId, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/provider-change", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("The responsible OH unit hands the case to the employer's new OH provider (organisationId) with the work ability summary");
}
