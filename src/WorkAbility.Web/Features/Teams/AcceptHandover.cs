using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F22: the proposed successor accepts, after a joint meeting with the client if one was held; only now is the old case manager released.</summary>
public static class AcceptHandover
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.handover.accept";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public bool JointMeetingHeld { get; set; }
        public string? BasedOnVersion { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, RiskThresholds thresholds)
    {
        public async Task Handle(Guid clientId, Request answer, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, membersOnly: true, membersOnlyRefusal: "handover_answered_by_successor", basedOnVersion: answer.BasedOnVersion);
            var team = work.RequireTeam();
            var now = clock.GetUtcNow();
            var proposer = team.HandoverProposedById;
            var previous = team.AcceptHandover(work.ProfessionalId, now, thresholds.HandoverValidity);
            work.Case.Record(CaseEventKind.HandoverAccepted, work.ProfessionalId, now, answer.JointMeetingHeld ? new CaseEventDetail.JointMeetingHeld() : null);
            work.Case.Tell(WhoIsTold.HandoverAccepted(work.Case.Id, previous, proposer, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/team/handover/accept", async (Guid clientId, Request answer, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, answer, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The proposed successor accepts and becomes the case manager");
}
