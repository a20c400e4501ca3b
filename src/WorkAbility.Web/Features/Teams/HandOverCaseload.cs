using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// F22 for a whole caseload: a professional who leaves hands every active case they manage to named colleagues in one
/// action — or a coordinator does it for a colleague of the same organisation. Each case becomes a warm handover
/// proposal (the successor joins the team if not on it yet, and is told); nothing changes on a case until its successor
/// accepts, and a proposal not answered lapses as any other. A case already waiting for an answer, one the caller may
/// not open, and one whose consent would not let the successor see the client are left as they are, and counted.
/// </summary>
public static class HandOverCaseload
{
    /// <summary>Whose caseload (default: the caller's), the colleagues who take it over, and the handover note each successor reads.</summary>
    public sealed class Request
    {
        public Guid? FromId { get; set; }
        public List<Guid>? SuccessorIds { get; set; }
        public string? Note { get; set; }
    }

    public sealed record Share(Guid SuccessorId, int Cases);

    /// <param name="Proposed">Cases now waiting for their successor's answer.</param>
    /// <param name="AlreadyPending">Cases that already had a handover waiting.</param>
    /// <param name="OutsideConsent">Cases whose consent would not let the chosen successor see the client.</param>
    /// <param name="NotOpen">Cases the caller may not open.</param>
    public sealed record Result(int Proposed, int AlreadyPending, int OutsideConsent, int NotOpen, IReadOnlyList<Share> Shares);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, RiskThresholds thresholds)
    {
        public async Task<Result> Handle(Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId!.Value;
            var leaving = request.FromId ?? me;
            var colleagues = await db.Professionals.AsNoTracking().Where(p => p.OrganisationId == actor.OrganisationId)
                .Select(p => new { p.Id, p.Active, p.Role }).ToListAsync(ct);
            if (leaving != me && (actor.Role is not StaffRole.Coordinator || colleagues.All(c => c.Id != leaving)))
            {
                // Someone else's caseload is handed over by a coordinator of the same organisation only.
                throw new DomainValidationException([new FieldError("fromId", "caseload_handover_not_allowed")]);
            }
            // Every mistake of the form at once: the successors and the note.
            var errors = new List<FieldError>();
            IReadOnlyList<Guid> successors = [];
            try
            {
                successors = CaseloadHandover.Successors(request.SuccessorIds, leaving);
                if (successors.Any(s => !colleagues.Any(c => c.Id == s && c.Active && c.Role is StaffRole.Professional or StaffRole.Coordinator)))
                {
                    errors.Add(new FieldError("successorIds", "caseload_successor_not_colleague"));
                }
            }
            catch (DomainValidationException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
            var note = TextRules.RequiredText(request.Note, "note", CaseTeam.TextMaxLength, errors);
            TextRules.ThrowIfAny(errors);

            var cases = await (from t in db.Teams.AsNoTracking()
                               where t.CaseManagerId == leaving
                               join c in db.SupportCases on t.SupportCaseId equals c.Id
                               where c.Stage != CaseStage.Ended
                               orderby c.OpenedAt, c.Id
                               select new { c.Id, c.ClientId }).ToListAsync(ct);
            var loads = await ShowCaseloadHandover.Caseloads(db, successors, ct);
            var shares = CaseloadHandover.Distribute(cases.Select(c => c.Id).ToList(), successors.Select(s => (s, loads.GetValueOrDefault(s))).ToList());
            var clientOf = cases.ToDictionary(c => c.Id, c => c.ClientId);
            var colleagueOrganisation = actor.OrganisationId!.Value;
            var now = clock.GetUtcNow();
            int proposed = 0, pending = 0, outside = 0, notOpen = 0;
            var given = new Dictionary<Guid, int>();
            foreach (var (caseId, successor) in shares)
            {
                CaseForWrite work;
                try
                {
                    work = await access.LoadTeamForChange(clientOf[caseId], "team.handover.propose", ct);
                }
                catch (ClientNotFoundException)
                {
                    notOpen++;
                    continue;
                }
                var team = work.RequireTeam();
                var lapsed = team.ExpireHandover(now, thresholds.HandoverValidity);
                if (lapsed.Count > 0)
                {
                    HandoverLapses.NoteLapse(db, work.Case, lapsed, now);
                }
                if (team.HasPendingHandover(now, thresholds.HandoverValidity))
                {
                    pending++;
                    continue;
                }
                if (!ConsentReach.WouldSee(work.Facts, work.Case.Id, new ConsentReach.Member(successor, colleagueOrganisation)))
                {
                    outside++;
                    continue;
                }
                if (!team.IsMember(successor))
                {
                    // Joining is part of the proposal: the successor is told once, of the proposal, not twice per case.
                    team.AddMember(successor, now);
                    work.Case.Record(CaseEventKind.TeamMemberAdded, me, now);
                }
                team.ProposeHandover(me, actor.Role!.Value, successor, note, now, thresholds.HandoverValidity);
                work.Case.Record(CaseEventKind.HandoverProposed, me, now);
                work.Case.Tell(WhoIsTold.HandoverProposed(work.Case.Id, successor, now));
                given[successor] = given.GetValueOrDefault(successor) + 1;
                proposed++;
            }
            await db.SaveChangesAsync(ct);
            return new Result(proposed, pending, outside, notOpen, successors.Select(s => new Share(s, given.GetValueOrDefault(s))).ToList());
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/worklist/handover", async (Request request, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(request, ct)))
            .WithSummary("Hands every active case a professional manages to named colleagues of the same organisation, each as a warm handover the successor accepts");
}
