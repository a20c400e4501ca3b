using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F22: the proposed successor declines; the current case manager stays and the proposer is told.</summary>
public static class RefuseHandover
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.handover.refuse";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, RiskThresholds thresholds)
    {
        public async Task Handle(Guid clientId, string? basedOnVersion, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, membersOnly: true, membersOnlyRefusal: "handover_answered_by_successor", basedOnVersion: basedOnVersion);
            var team = work.RequireTeam();
            var now = clock.GetUtcNow();
            var proposer = team.HandoverProposedById;
            team.RefuseHandover(work.ProfessionalId, now, thresholds.HandoverValidity);
            work.Case.Record(CaseEventKind.HandoverRefused, work.ProfessionalId, now);
            work.Case.Tell(WhoIsTold.HandoverRefused(work.Case.Id, proposer, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/team/handover/refuse", async (Guid clientId, string? basedOnVersion, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, basedOnVersion, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The proposed successor declines; the current case manager stays");
}
