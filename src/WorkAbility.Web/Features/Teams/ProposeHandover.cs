using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// F22: the case manager (or the coordinator) proposes a successor with a handover note; the
/// successor is told in the app. Nothing changes until they accept.
/// </summary>
public static class ProposeHandover
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.handover.propose";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public Guid? SuccessorId { get; set; }
        public string? Note { get; set; }
        public string? BasedOnVersion { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, RiskThresholds thresholds)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, basedOnVersion: request.BasedOnVersion);
            var team = work.RequireTeam();
            var now = clock.GetUtcNow();
            // A lapsed proposal the reminder job has not reached yet is closed (and told) before the new one.
            var lapsed = team.ExpireHandover(now, thresholds.HandoverValidity);
            if (lapsed.Count > 0)
            {
                HandoverLapses.NoteLapse(db, work.Case, lapsed, now);
            }
            team.ProposeHandover(work.ProfessionalId, work.Actor.Role!.Value, request.SuccessorId, request.Note, now, thresholds.HandoverValidity);
            work.Case.Record(CaseEventKind.HandoverProposed, work.ProfessionalId, now);
            work.Case.Tell(WhoIsTold.HandoverProposed(work.Case.Id, team.ProposedSuccessorId!.Value, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/team/handover", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.Accepted($"/api/clients/{clientId}/team");
        }).Produces(StatusCodes.Status202Accepted)
        .WithSummary("The case manager or coordinator proposes a successor with a handover note; nothing changes until the successor accepts");
}
