using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Features.Risks;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F20, F21, F23: the case's follow-up as the page and the API show it — dues, contacts, reviews, risks, the end of support.</summary>
public static class ShowFollowUp
{
    public sealed record ContactView(DateOnly ContactOn, FollowUpChannel Channel, string Summary, string RecordedBy);

    public sealed record ReviewView(DateOnly ReviewedOn, IReadOnlyList<GoalReview> Goals, string? ServicesEffectiveness, CurrentNeed Need, string RecordedBy);

    public sealed record View(Guid ClientId, string ClientName, Guid? CaseId, CaseStage? Stage, ServicePath? Path, bool IsActive,
        CaseOutcome? Outcome, DateTimeOffset? EndedAt, string? ClosingEvaluation, string? ContinuityNote, string? CaseManager,
        IReadOnlyList<DateOnly> OpenDues, IReadOnlyList<ContactView> Contacts, IReadOnlyList<ReviewView> Reviews,
        IReadOnlyList<WorkAbility.Domain.Plans.PlanGoal> Goals, IReadOnlyList<RiskFinding> Risks, bool MayWork)
    {
        /// <summary>The person's situation at the points after the end of support told so far (F39).</summary>
        public IReadOnlyList<SituationView> SituationsAfter { get; init; } = [];
    }

    public sealed record SituationView(int MonthsAfter, LifeSituation Situation, ToldBy ToldBy, DateTimeOffset ToldAt);

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseRiskFacts riskFacts, TimeProvider clock)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "follow-up.view", ct);
            var actor = access.Actor;
            var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
                ?? await db.SupportCases.AsNoTracking().Include(c => c.Events).Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, null, null, null, false, null, null, null, null, null, [], [], [], [], [], false);
            }
            var caseId = supportCase.Id;
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == caseId, ct);
            var dues = await db.FollowUpDues.AsNoTracking().Where(d => d.SupportCaseId == caseId && d.MetOn == null).OrderBy(d => d.DueOn).Select(d => d.DueOn).ToListAsync(ct);
            var contacts = await db.FollowUpContacts.AsNoTracking().Where(c => c.SupportCaseId == caseId).OrderByDescending(c => c.ContactOn).ThenByDescending(c => c.RecordedAt).ToListAsync(ct);
            var reviews = await db.FollowUpReviews.AsNoTracking().Where(r => r.SupportCaseId == caseId).OrderByDescending(r => r.RecordedAt).ToListAsync(ct);
            var goals = await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == caseId).Select(p => p.Content).FirstOrDefaultAsync(ct);
            var peopleIds = contacts.Select(c => c.RecordedById).Concat(reviews.Select(r => r.RecordedById)).Append(team?.CaseManagerId ?? Guid.Empty).Distinct().ToList();
            var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            // The case's risks are shown only to those who may see its health and plan data in full.
            var risks = access.MayShow(clientId, DataCategory.HealthData)
                ? (await riskFacts.Evaluate(db.SupportCases.Where(c => c.Id == caseId), clock.GetUtcNow(), ct)).SingleOrDefault().Risks ?? []
                : [];
            var me = actor.ProfessionalId;
            bool mayWork = me is { } id && CaseTeam.MayWorkOnCase(team, id, supportCase.CoordinatorId, supportCase.OwnerId);
            var closing = supportCase.IsActive ? null : supportCase.Events.LastOrDefault(e => e.Kind == CaseEventKind.Ended)?.Note;
            return new View(clientId, client.FullName, caseId, supportCase.Stage, supportCase.Path, supportCase.IsActive, supportCase.Outcome, supportCase.EndedAt,
                closing, supportCase.ContinuityNote, team is null ? null : people.GetValueOrDefault(team.CaseManagerId), dues,
                contacts.Select(c => new ContactView(c.ContactOn, c.Channel, c.Summary, people.GetValueOrDefault(c.RecordedById, ""))).ToList(),
                reviews.Select(r => new ReviewView(r.ReviewedOn, r.Goals, r.ServicesEffectiveness, r.Need, people.GetValueOrDefault(r.RecordedById, ""))).ToList(),
                goals?.Goals ?? [], risks, mayWork)
            {
                SituationsAfter = supportCase.IsActive ? [] : await db.SituationsAfterSupport.AsNoTracking().Where(s => s.SupportCaseId == caseId)
                    .OrderBy(s => s.MonthsAfter).Select(s => new SituationView(s.MonthsAfter, s.Situation, s.ToldBy, s.ToldAt)).ToListAsync(ct),
            };
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/follow-up", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)))
            .WithSummary("Follow-up of the client's case: due follow-ups, contacts, reviews, risks");
}
