using System.Globalization;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Statistics;

/// <summary>
/// What one case adds to each figure (see <see cref="Figures"/>), as of <c>today</c>. The rollup keeps
/// the sum of every case's contribution and, when a case changes, takes off its old contribution and
/// adds its new one (<see cref="Difference"/>), so the figures stay fresh without recounting the county.
/// </summary>
public static class CaseContributions
{
    /// <summary>A follow-up met within this many days after its due date counts as on time.</summary>
    public const int FollowUpGraceDays = 7;

    public const int SixMonths = 6;

    public static IReadOnlyList<SliceCount> Of(CaseHistory c, DateOnly today)
    {
        var counts = new List<SliceCount>();
        void Add(string figure, DateOnly on, string category, int n = 1) =>
            counts.Add(new SliceCount(figure, new Slice(Figures.ByCode(figure).PeriodOf(on), c.Municipality, c.OrganisationId, c.Path), category, n));
        void Days(string figure, DateOnly from, DateOnly? to)
        {
            if (to is { } end && end >= from)
            {
                Add(figure, end, DurationBins.Category(end.DayNumber - from.DayNumber));
            }
        }

        // Need: who came, how and from where, counted when the case opened.
        Add(Figures.Inflow, c.OpenedOn, Figures.AllCases);
        Add(Figures.InflowChannel, c.OpenedOn, c.Channel?.ToString() ?? Figures.Unknown);
        Add(Figures.InflowSource, c.OpenedOn, c.SourceKind?.ToString() ?? Figures.Unknown);
        Add(Figures.InflowAge, c.OpenedOn, Figures.AgeBand(c.BirthDate, c.OpenedOn));
        var groups = LivelihoodFacts.EachGroup.Where(g => c.Livelihood.Groups.HasFlag(g)).Select(g => g.ToString()).ToList();
        foreach (var group in groups.Count == 0 ? [Figures.NotRecorded] : groups)
        {
            Add(Figures.InflowTargetGroup, c.OpenedOn, group);
        }
        Add(Figures.InflowIncome, c.OpenedOn, c.Livelihood.Income?.ToString() ?? Figures.NotRecorded);
        Add(Figures.InflowRehabilitation, c.OpenedOn, c.Livelihood.Rehabilitation?.ToString() ?? Figures.NotRecorded);
        // Reach: how far on the way to help each case opened has come (F39).
        Add(Figures.CoverageFunnel, c.OpenedOn, c.Referrals.Any(r => r.StartedOn is not null) ? "Service"
            : c.FirstPlanOn is not null ? "Plan" : c.TeamFormedOn is not null ? "Team" : c.CoordinatorAssignedOn is not null ? "Coordinator" : "Opened");
        // The way's two ends: whether the case began from a screening alert, and whether it has ended with an outcome recorded.
        Add(Figures.CoverageScreened, c.OpenedOn, c.ScreeningAlerted ? Figures.FromScreening : Figures.NotFromScreening);
        Add(Figures.CoverageEnded, c.OpenedOn, c.CurrentStage is CaseStage.Ended && c.Outcome is not null ? Figures.EndedWithOutcome : Figures.NotEnded);
        Add(Figures.InflowTyp, c.OpenedOn, c.LikelyTyp switch { true => "Likely", false => "NotLikely", null => "NotAssessed" });

        // Flow: the stage at each month's end (this month: today), and how long each stage lasted.
        for (var month = Slice.MonthOf(c.OpenedOn); month <= Slice.MonthOf(today); month = month.AddMonths(1))
        {
            var at = month.AddMonths(1).AddDays(-1);
            if (at > today)
            {
                at = today;
            }
            var stage = StageOn(c, at);
            if (stage is { } s && s is not CaseStage.Ended)
            {
                Add(Figures.StockStage, at, s.ToString());
            }
        }
        for (int i = 0; i + 1 < c.Stages.Count; i++)
        {
            if (c.Stages[i].Stage is not CaseStage.Ended)
            {
                Days(Figures.Stay(c.Stages[i].Stage), c.Stages[i].On, c.Stages[i + 1].On);
            }
        }
        Days(Figures.LeadConcernToCoordinator, c.OpenedOn, c.CoordinatorAssignedOn);
        if (c.CoordinatorAssignedOn is { } assigned)
        {
            Days(Figures.LeadCoordinatorToTeam, assigned, c.TeamFormedOn);
        }
        if (c.TeamFormedOn is { } formed)
        {
            Days(Figures.LeadTeamToPlan, formed, c.FirstPlanOn);
        }
        Days(Figures.LeadOpenedToPlan, c.OpenedOn, c.FirstPlanOn);
        var firstService = c.Referrals.Where(r => r.StartedOn is not null).Select(r => r.StartedOn).Min();
        if (c.FirstPlanOn is { } planned)
        {
            Days(Figures.LeadPlanToService, planned, firstService);
        }

        // Outcomes: at the end of support, and six months later whether the client came back.
        if (c.CurrentStage is CaseStage.Ended && c.EndedOn.Count > 0 && c.Outcome is { } outcome)
        {
            var ended = c.EndedOn[^1];
            Add(Figures.Ended, ended, Figures.AllCases);
            Add(Figures.Outcome, ended, outcome.ToString());
            Add(Figures.OutcomeNeed, ended, c.LastNeed switch
            {
                { } need when FollowUpReview.NeedRemains(need) => "NeedRemained",
                null => "NotReviewed",
                _ => "NeedResolved",
            });
        }
        foreach (var ended in c.EndedOn)
        {
            var sixMonthsOn = ended.AddMonths(SixMonths);
            bool returned = c.ReopenedOn.Any(r => r > ended && r <= sixMonthsOn);
            if (returned || sixMonthsOn <= today)
            {
                Add(Figures.OutcomeSixMonths, sixMonthsOn <= today ? sixMonthsOn : ended, returned ? "Returned" : "NotReturned");
            }
        }

        // Effect (F39): the change of the client's own work ability score over support, counted when support ends; the
        // situation told at 3, 6 and 12 months after the end; what employment support led to.
        if (c.CurrentStage is CaseStage.Ended && c.EndedOn.Count > 0)
        {
            var ended = c.EndedOn[^1];
            var change = WorkAbilityChange(c, ended);
            if (change is { } points)
            {
                Add(Figures.EffectChange, ended, Figures.ChangeCategory(points));
            }
            Add(Figures.EffectImproved, ended, change switch
            {
                null => "NotMeasured",
                >= Figures.ImprovedBy => "Improved",
                <= -Figures.ImprovedBy => "Worsened",
                _ => "Unchanged",
            });
        }
        // Cost (F39): the services used over the support, counted when it ends; priced at view time by the unit costs kept on
        // the services, so that a new price needs no recount.
        if (c.CurrentStage is CaseStage.Ended && c.EndedOn.Count > 0 && c.Outcome is { } ending)
        {
            var ended = c.EndedOn[^1];
            Add(Figures.CostCases, ended, ending is CaseOutcome.Employed or CaseOutcome.InEducation ? Figures.WorkOrStudy : Figures.OtherEnding);
            foreach (var used in c.Referrals.Where(r => r.StartedOn is { } s && s <= ended).GroupBy(r => r.ServiceId))
            {
                string service = used.Key.ToString();
                int days = used.Sum(r => Math.Min((r.CompletedOn ?? ended).DayNumber, ended.DayNumber) - r.StartedOn!.Value.DayNumber + 1);
                Add(Figures.CostUsers, ended, service);
                Add(Figures.CostVisits, ended, service, used.Count());
                Add(Figures.CostDays, ended, service, Math.Max(days, used.Count()));
            }
        }
        foreach (var told in c.SituationsAfter)
        {
            // The point belongs to the end it follows: the last end on or before the day it was told.
            var end = c.EndedOn.Where(e => e <= told.ToldOn).Select(e => (DateOnly?)e).LastOrDefault();
            if (end is { } endedOn)
            {
                Add(Figures.StatusAfterEnd(told.MonthsAfter), endedOn.AddMonths(told.MonthsAfter), told.Told.ToString());
            }
        }
        foreach (var referral in c.Referrals.Where(r => r.Employment is not null))
        {
            Add(Figures.EffectReferralEmployment, referral.CompletedOn ?? referral.SentOn, referral.Employment!.Value.ToString());
        }

        // Follow-up: each due date that has come, met on time, late, or not at all.
        foreach (var due in c.Dues.Where(d => d.DueOn <= today))
        {
            Add(Figures.FollowUpDues, due.DueOn, due.MetOn switch
            {
                { } met when met <= due.DueOn.AddDays(FollowUpGraceDays) => "OnTime",
                not null => "Late",
                null when today > due.DueOn.AddDays(FollowUpGraceDays) => "Missed",
                null => "OnTime",
            });
        }

        // Whether the client came: to the team's meetings they were invited to, and to the services they were referred to (F40).
        foreach (var meeting in c.MeetingsAttended)
        {
            Add(Figures.AttendanceMeetings, meeting.On, meeting.Came ? Figures.Attended : Figures.DidNotAttend);
        }
        foreach (var referral in c.Referrals)
        {
            if (referral.Status is ReferralStatus.DidNotAttend)
            {
                Add(Figures.AttendanceReferrals, referral.StatusChangedOn ?? referral.SentOn, Figures.DidNotAttend);
            }
            else if (referral.StartedOn is { } started)
            {
                Add(Figures.AttendanceReferrals, started, Figures.Attended);
            }
        }
        // The referral loop: where each referral sent in the month stands, and days to the start.
        foreach (var referral in c.Referrals)
        {
            Add(Figures.ReferralStatus, referral.SentOn, ReferralTransitions.IsOpen(referral.Status) ? "Open" : referral.Status.ToString());
            Days(Figures.ReferralDaysToStart, referral.SentOn, referral.StartedOn);
        }

        foreach (var feedback in c.Feedbacks)
        {
            if (feedback.Heard is { } heard)
            {
                Add(Figures.FeedbackHeard, feedback.GivenOn, heard.ToString(CultureInfo.InvariantCulture));
            }
            // How many answered, at which stage and on what occasion: the answers per stage of the path (F36).
            Add(Figures.FeedbackStage, feedback.GivenOn, feedback.Stage.ToString());
            Add(Figures.FeedbackOccasion, feedback.GivenOn, feedback.Occasion.ToString());
            if (feedback.PlanClear is { } clear)
            {
                Add(Figures.FeedbackPlanClear, feedback.GivenOn, clear.ToString(CultureInfo.InvariantCulture));
            }
            if (feedback.Helped is { } helped)
            {
                Add(Figures.FeedbackHelped, feedback.GivenOn, helped.ToString(CultureInfo.InvariantCulture));
            }
            foreach (var (domain, score) in feedback.Change?.Scores ?? [])
            {
                if (score is { } changed)
                {
                    Add(Figures.ExperiencedChange(domain), feedback.GivenOn, changed.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        // Today's work: each coordinator's active cases, and how long cases without one have waited.
        if (c.CurrentStage is not CaseStage.Ended)
        {
            Add(Figures.Caseload, today, c.CoordinatorId?.ToString() ?? Figures.Unknown);
            if (c.CoordinatorId is null && c.CurrentStage <= CaseStage.CoordinatorAssessment)
            {
                Days(Figures.DeskWaiting, c.OpenedOn, today);
            }
        }
        return Merge(counts);
    }

    /// <summary>What to add to the rollup when a case's contribution changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IReadOnlyList<SliceCount> Difference(IEnumerable<SliceCount> before, IEnumerable<SliceCount> after) =>
        Merge(after.Concat(before.Select(b => b with { Count = -b.Count }))).Where(c => c.Count != 0).ToList();

    /// <summary>A measure given this long before the case opened still counts as its start (the assessment that led to it).</summary>
    public const int MeasureBeforeOpeningDays = 30;

    /// <summary>A measure given this long after the end still counts as its end (the closing measure asked on the client's page).</summary>
    public const int MeasureAfterEndDays = 60;

    /// <summary>
    /// The change of the work ability score from the first measure of the support to the last (up to two months after the
    /// end); null with fewer than two measures on different days.
    /// </summary>
    public static int? WorkAbilityChange(CaseHistory c, DateOnly endedOn)
    {
        var within = c.Measures.Where(m => m.On >= c.OpenedOn.AddDays(-MeasureBeforeOpeningDays) && m.On <= endedOn.AddDays(MeasureAfterEndDays))
            .OrderBy(m => m.On).ToList();
        return within.Count >= 2 && within[^1].On > within[0].On ? within[^1].Score - within[0].Score : null;
    }

    private static CaseStage? StageOn(CaseHistory c, DateOnly day)
    {
        CaseStage? stage = null;
        foreach (var change in c.Stages)
        {
            if (change.On > day)
            {
                break;
            }
            stage = change.Stage;
        }
        return stage;
    }

    private static List<SliceCount> Merge(IEnumerable<SliceCount> counts) =>
        counts.GroupBy(c => (c.Figure, c.Slice, c.Category))
            .Select(g => new SliceCount(g.Key.Figure, g.Key.Slice, g.Key.Category, g.Sum(x => x.Count)))
            .ToList();
}
