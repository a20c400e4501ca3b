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
        void Add(string figure, DateOnly on, string category) =>
            counts.Add(new SliceCount(figure, new Slice(Figures.ByCode(figure).Monthly ? Slice.MonthOf(on) : Slice.QuarterOf(on), c.Municipality, c.OrganisationId, c.Path), category, 1));
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
