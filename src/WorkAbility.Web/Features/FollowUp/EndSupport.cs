using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// F23: support ends with an outcome, a closing evaluation and a continuity note. Follow-ups not
/// yet met are dropped and referrals not yet started are withdrawn, so no provider keeps access
/// to the client for a service that will not run.
/// </summary>
public static class EndSupport
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "case.end";

    public sealed class Request
    {
        public CaseOutcome? Outcome { get; set; }
        public string? ClosingEvaluation { get; set; }
        public string? ContinuityNote { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForFollowUp(clientId, Change, ct);
            if (work.Team is not null && !work.Team.MayChange(work.ProfessionalId, work.Actor.Role!.Value))
            {
                throw new DomainRuleException("end_by_case_manager_or_coordinator");
            }
            if (request.Outcome is null)
            {
                throw new DomainValidationException([new FieldError("outcome", TextRules.Required)]);
            }
            var now = clock.GetUtcNow();
            work.Case.End(request.Outcome.Value, request.ClosingEvaluation, work.ProfessionalId, now, request.ContinuityNote);
            db.FollowUpDues.RemoveRange(await db.FollowUpDues.Where(d => d.SupportCaseId == work.Case.Id && d.MetOn == null).ToListAsync(ct));
            var open = await db.Referrals.Where(r => r.SupportCaseId == work.Case.Id && ReferralTransitions.OpenStatuses.Contains(r.Status)).ToListAsync(ct);
            foreach (var referral in open.Where(r => r.WithdrawnWhenSupportEnds))
            {
                referral.MoveTo(ReferralStatus.Withdrawn, work.ProfessionalId, now, new ReferralMove { ReasonCode = ReferralOutcomeCode.SupportEnded });
            }
            // The continuity plan reaches every organisation that goes on serving the client (seed 001): the providers of services
            // still running and of the client's current services in the county.
            var today = FinnishCalendar.DateOf(now);
            var serving = open.Where(r => r.IsOpen).Select(r => r.ToOrganisationId).Concat(await (
                from e in db.ExistingServices.AsNoTracking()
                where e.ClientId == clientId && e.ServiceId != null && (e.Until == null || e.Until > today)
                join s in db.Services on e.ServiceId equals s.Id
                where s.ProviderOrganisationId != null
                select s.ProviderOrganisationId!.Value).ToListAsync(ct)).ToList();
            foreach (var handoff in ContinuityHandoff.For(work.Case.Id, serving, work.Case.ResponsibleOrganisationId, now))
            {
                db.ContinuityHandoffs.Add(handoff);
                work.Case.Tell(WhoIsTold.ContinuityNote(work.Case.Id, handoff.Id, handoff.OrganisationId, now));
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/cases/end", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Ends support with an outcome, a closing evaluation and a continuity note");
}
