using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// Reads what the statistics need of a batch of cases (<see cref="CaseHistory"/>) in a fixed number
/// of queries, whatever the batch size. A system read for aggregates: nothing of it is shown to anyone.
/// </summary>
public sealed class CaseHistories(AppDbContext db)
{
    private static readonly CaseEventKind[] StageKinds =
        [CaseEventKind.Opened, CaseEventKind.Advanced, CaseEventKind.ReturnedForReassessment, CaseEventKind.Ended, CaseEventKind.Reopened];

    private static readonly CaseEventKind[] MilestoneKinds =
        [.. StageKinds, CaseEventKind.CoordinatorAssigned, CaseEventKind.TeamFormed, CaseEventKind.PlanSaved, CaseEventKind.FollowUpReviewed];

    public async Task<IReadOnlyList<CaseHistory>> Load(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var cases = await (from c in db.SupportCases.AsNoTracking()
                           join client in db.Clients.AsNoTracking() on c.ClientId equals client.Id
                           where caseIds.Contains(c.Id)
                           select new { Case = c, client.Municipality, client.PersonalIdentityCode }).ToListAsync(ct);
        var clientIds = cases.Select(c => c.Case.ClientId).Distinct().ToList();
        var events = (await db.CaseEvents.AsNoTracking()
                .Where(e => caseIds.Contains(e.SupportCaseId) && MilestoneKinds.Contains(e.Kind))
                .Select(e => new { e.SupportCaseId, e.Kind, e.OccurredAt, e.ToStage, e.Note })
                .ToListAsync(ct))
            .OrderBy(e => e.OccurredAt).ToLookup(e => e.SupportCaseId);
        var concerns = (await (from concern in db.Concerns.AsNoTracking()
                               join p in db.Professionals.AsNoTracking() on concern.RecordedById equals p.Id
                               join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                               where caseIds.Contains(concern.SupportCaseId)
                               select new { concern.SupportCaseId, concern.Channel, concern.RecordedAt, o.Kind, concern.ScreeningAlerted }).ToListAsync(ct))
            .GroupBy(c => c.SupportCaseId).ToDictionary(g => g.Key, g => g.MinBy(c => c.RecordedAt)!);
        var assessments = (await db.NeedAssessments.AsNoTracking()
                .Where(a => caseIds.Contains(a.SupportCaseId))
                .Select(a => new { a.SupportCaseId, a.AssessedAt, a.TargetGroups, a.Income, a.RehabilitationPhase, a.LikelyTypClient })
                .ToListAsync(ct))
            .GroupBy(a => a.SupportCaseId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AssessedAt)!);
        var dues = (await db.FollowUpDues.AsNoTracking().Where(d => caseIds.Contains(d.SupportCaseId))
            .Select(d => new { d.SupportCaseId, d.DueOn, d.MetOn }).ToListAsync(ct)).ToLookup(d => d.SupportCaseId);
        var referrals = (await db.Referrals.AsNoTracking().Where(r => caseIds.Contains(r.SupportCaseId))
            .Select(r => new { r.SupportCaseId, r.SentAt, r.Status, r.StartedAt, r.EmploymentOutcome, r.StatusChangedAt, r.ServiceId }).ToListAsync(ct)).ToLookup(r => r.SupportCaseId);
        // The work ability score (0–10): the client's self-assessments and the case's need assessments (F39).
        var scored = (await db.NeedAssessments.AsNoTracking().Where(a => caseIds.Contains(a.SupportCaseId) && a.WorkAbilityScore != null)
            .Select(a => new { a.SupportCaseId, a.AssessedAt, a.WorkAbilityScore }).ToListAsync(ct)).ToLookup(a => a.SupportCaseId);
        var filled = (await db.SelfAssessments.AsNoTracking().Where(a => clientIds.Contains(a.ClientId))
            .Select(a => new { a.ClientId, a.FilledAt, a.AnswersJson }).ToListAsync(ct)).ToLookup(a => a.ClientId);
        var situations = (await db.SituationsAfterSupport.AsNoTracking().Where(s => caseIds.Contains(s.SupportCaseId))
            .Select(s => new { s.SupportCaseId, s.MonthsAfter, s.Situation, s.ToldAt }).ToListAsync(ct)).ToLookup(s => s.SupportCaseId);
        var meetings = (await db.Meetings.AsNoTracking().Where(m => caseIds.Contains(m.SupportCaseId) && m.ClientTakesPart && m.ClientAttended != null && m.Start != null)
            .Select(m => new { m.SupportCaseId, Start = m.Start!.Value, Came = m.ClientAttended!.Value }).ToListAsync(ct)).ToLookup(m => m.SupportCaseId);
        var feedback = (await db.Feedback.AsNoTracking().Where(f => caseIds.Contains(f.SupportCaseId))
            .Select(f => new { f.SupportCaseId, f.GivenAt, f.Heard, f.Helped, f.PlanClear, f.Stage, f.Occasion,
                f.EverydayCoping, f.HealthAndWellbeing, f.Relationships, f.ReadinessForWorkOrStudy, f.BeliefInFuture }).ToListAsync(ct)).ToLookup(f => f.SupportCaseId);

        return cases.Select(row =>
        {
            var c = row.Case;
            var timeline = events[c.Id].ToList();
            DateOnly? First(CaseEventKind kind) => timeline.Where(e => e.Kind == kind).Select(e => (DateOnly?)FinnishCalendar.DateOf(e.OccurredAt)).FirstOrDefault();
            var stages = timeline.Where(e => StageKinds.Contains(e.Kind) && e.ToStage is not null)
                .Select(e => new CaseHistory.StageChange(FinnishCalendar.DateOf(e.OccurredAt), e.ToStage!.Value)).ToList();
            var assessment = assessments.GetValueOrDefault(c.Id);
            var concern = concerns.GetValueOrDefault(c.Id);
            var lastReview = timeline.LastOrDefault(e => e.Kind == CaseEventKind.FollowUpReviewed);
            return new CaseHistory(
                c.Id, row.Municipality, c.ResponsibleOrganisationId, c.Path, row.PersonalIdentityCode.BirthDate,
                FinnishCalendar.DateOf(c.OpenedAt), concern?.Channel, concern?.Kind,
                assessment is null ? LivelihoodFacts.NotRecorded : new LivelihoodFacts(assessment.TargetGroups, assessment.Income, assessment.RehabilitationPhase),
                assessment?.LikelyTypClient, stages,
                First(CaseEventKind.CoordinatorAssigned), c.CoordinatorId, First(CaseEventKind.TeamFormed), First(CaseEventKind.PlanSaved),
                c.Outcome,
                lastReview is null ? null : Enum.TryParse<WorkAbility.Domain.FollowUp.CurrentNeed>(lastReview.Note, out var need) ? need : null,
                timeline.Where(e => e.Kind == CaseEventKind.Ended).Select(e => FinnishCalendar.DateOf(e.OccurredAt)).ToList(),
                timeline.Where(e => e.Kind == CaseEventKind.Reopened).Select(e => FinnishCalendar.DateOf(e.OccurredAt)).ToList(),
                dues[c.Id].Select(d => new CaseHistory.Due(d.DueOn, d.MetOn)).ToList(),
                referrals[c.Id].Select(r => new CaseHistory.SentReferral(FinnishCalendar.DateOf(r.SentAt), r.Status,
                    r.StartedAt is { } s ? FinnishCalendar.DateOf(s) : null)
                {
                    Employment = r.EmploymentOutcome,
                    ServiceId = r.ServiceId,
                    CompletedOn = r.Status is WorkAbility.Domain.Referrals.ReferralStatus.Completed ? FinnishCalendar.DateOf(r.StatusChangedAt) : null,
                    StatusChangedOn = FinnishCalendar.DateOf(r.StatusChangedAt),
                }).ToList(),
                feedback[c.Id].Select(f => new CaseHistory.Feedback(FinnishCalendar.DateOf(f.GivenAt), f.Heard, f.Helped, f.PlanClear, f.Stage, f.Occasion)
                {
                    Change = new WorkAbility.Domain.Feedback.ExperiencedChange(f.EverydayCoping, f.HealthAndWellbeing, f.Relationships, f.ReadinessForWorkOrStudy, f.BeliefInFuture),
                }).ToList())
            {
                Measures = scored[c.Id].Select(a => new CaseHistory.Measure(FinnishCalendar.DateOf(a.AssessedAt), a.WorkAbilityScore!.Value))
                    .Concat(filled[c.ClientId].Select(f => (f.FilledAt, Score: WorkAbility.Domain.Assessment.Questionnaires.SelfAssessment.WorkAbilityScoreIn(f.AnswersJson)))
                        .Where(f => f.Score is not null).Select(f => new CaseHistory.Measure(FinnishCalendar.DateOf(f.FilledAt), f.Score!.Value)))
                    .ToList(),
                SituationsAfter = situations[c.Id].Select(s => new CaseHistory.Situation(s.MonthsAfter, s.Situation, FinnishCalendar.DateOf(s.ToldAt))).ToList(),
                ScreeningAlerted = concern?.ScreeningAlerted ?? false,
                MeetingsAttended = meetings[c.Id].Select(m => new CaseHistory.Attendance(FinnishCalendar.DateOf(m.Start), m.Came)).ToList(),
            };
        }).ToList();
    }
}
