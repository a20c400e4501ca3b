using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F10: the coordinator forms the team, hearing the client; exactly one member is named case manager.</summary>
public static class FormTeam
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.form";

    public sealed class Request
    {
        public List<Guid> MemberIds { get; set; } = [];
        public List<Guid> CaseManagerIds { get; set; } = [];
        public List<ClientSituation> Situation { get; set; } = [];
        public string? ClientWishes { get; set; }
        public string? CloseParticipantName { get; set; }
        public string? CloseParticipantRelation { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (!CaseTeam.MayForm(work.Actor.Role!.Value))
            {
                throw new DomainRuleException("team_formed_by_coordinator");
            }
            if (work.Team is not null)
            {
                throw new DomainRuleException("team_already_formed");
            }
            await TeamWork.EnsureProfessionals(db, request.MemberIds, "members", ct);
            var now = clock.GetUtcNow();
            var situation = request.Situation.Aggregate(ClientSituation.None, (a, b) => a | b);
            var team = CaseTeam.Form(work.Case.Id, request.MemberIds, request.CaseManagerIds, situation, request.ClientWishes,
                request.CloseParticipantName, request.CloseParticipantRelation, work.ProfessionalId, now);
            work.Case.NoteTeamFormed(work.ProfessionalId, now);
            db.Teams.Add(team);
            work.Case.Tell(WhoIsTold.TeamFormed(work.Case.Id, team.CurrentMemberIds, work.ProfessionalId, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/team", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/team", null);
        }).Produces(StatusCodes.Status201Created).WithSummary("The coordinator forms the team; exactly one member in caseManagerIds");
}
