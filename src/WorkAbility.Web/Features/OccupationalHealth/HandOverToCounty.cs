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
/// F26: OH hands the client over to the county's coordinator with a work ability summary. The
/// client's consent must name the receiving organisation: the summary is health data crossing
/// from occupational health to the county.
/// </summary>
public static class HandOverToCounty
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.handover";

    public sealed class Request
    {
        public Guid? ToOrganisationId { get; set; }
        public OhHandoverReason? Reason { get; set; }
        public DateOnly? EmploymentEndedOn { get; set; }
        public string? WorkAbilitySummary { get; set; }
        public string? SickLeaveHistory { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct);
            var (supportCase, me) = (work.Case, work.ProfessionalId);
            var now = clock.GetUtcNow();
            var myOrg = work.Actor.OrganisationId!.Value;
            var handover = OhHandover.Create(supportCase.Id, myOrg, request.ToOrganisationId, request.Reason, request.WorkAbilitySummary,
                request.SickLeaveHistory, me, now);
            var to = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == handover.ToOrganisationId, ct);
            if (to is null || to.Kind is not OrganisationKind.SoteCentre)
            {
                throw new DomainValidationException([new FieldError("toOrganisationId", "invalid_choice")]);
            }
            if (!access.ConsentedCategories(clientId, to.Id).HasFlag(DataCategory.HealthData))
            {
                throw new DomainRuleException("oh_handover_needs_consent", "toOrganisationId");
            }
            bool employmentEnded = handover.Reason is OhHandoverReason.EmploymentEnded;
            if (employmentEnded && supportCase.EmploymentEndedOn is null)
            {
                supportCase.RecordEmploymentEnded(request.EmploymentEndedOn, myOrg, me, now, FinnishCalendar.DateOf(now));
            }
            supportCase.HandOverFromOccupationalHealth(to.Id, employmentEnded, myOrg, me, now);
            db.OhHandovers.Add(handover);
            supportCase.Tell(WhoIsTold.OhHandedOver(supportCase.Id, to.Id, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/handover", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Occupational health hands the client over to the county's coordinator with a work ability summary");
}
