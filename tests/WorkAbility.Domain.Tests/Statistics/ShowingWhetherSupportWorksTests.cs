using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>
/// F39: the effect figures — the change of the client's work ability score over support, their situation after it, what
/// employment support led to — and the answers the decision-makers' view leads with, shares of protected figures only.
/// </summary>
public class ShowingWhetherSupportWorksTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateOnly Opened = new(2026, 1, 5), EndedOn = new(2026, 6, 10);

    private static CaseHistory Ended(CaseHistory.Measure[] measures, CaseHistory.Situation[]? situations = null, CaseHistory.SentReferral[]? referrals = null) =>
        new(Guid.NewGuid(), "Esikylä", Guid.NewGuid(), ServicePath.Unemployed, new DateOnly(1989, 5, 14), Opened, null, null, LivelihoodFacts.NotRecorded, null,
            [new CaseHistory.StageChange(Opened, CaseStage.Team), new CaseHistory.StageChange(EndedOn, CaseStage.Ended)],
            null, null, null, null, CaseOutcome.Employed, null, [EndedOn], [], [], referrals ?? [], [])
        {
            Measures = measures,
            SituationsAfter = situations ?? [],
        };

    private static int Count(IEnumerable<SliceCount> counts, string figure, string category) =>
        counts.Where(c => c.Figure == figure && c.Category == category).Sum(c => c.Count);

    [Fact]
    public void TheChange_IsTheLastMeasureLessTheFirst_CountedWhenSupportEnds()
    {
        var counts = CaseContributions.Of(Ended([new(Opened.AddDays(-5), 3), new(Opened.AddMonths(3), 4), new(EndedOn.AddDays(12), 6)]), Today);
        Assert.Equal(1, Count(counts, Figures.EffectChange, "3"));
        Assert.Equal(1, Count(counts, Figures.EffectImproved, "Improved"));
        // The effect is kept by calendar year: counted once per person, its groups are few.
        Assert.Equal(new DateOnly(2026, 1, 1), counts.Single(c => c.Figure == Figures.EffectImproved).Slice.Month);
    }

    [Theory]
    [InlineData(5, 6, "Unchanged", "1")]
    [InlineData(6, 4, "Worsened", "-2")]
    [InlineData(1, 9, "Improved", "3")]
    [InlineData(9, 0, "Worsened", "-3")]
    public void EachChange_FallsInOneGroup(int first, int last, string group, string points)
    {
        var counts = CaseContributions.Of(Ended([new(Opened, first), new(EndedOn, last)]), Today);
        Assert.Equal(1, Count(counts, Figures.EffectImproved, group));
        Assert.Equal(1, Count(counts, Figures.EffectChange, points));
    }

    [Fact]
    public void WithFewerThanTwoMeasures_TheCaseIsCountedAsNotMeasured()
    {
        // One before support and one long after it do not count as the support's start and end.
        var counts = CaseContributions.Of(Ended([new(Opened.AddDays(-90), 2), new(Opened.AddDays(3), 4), new(EndedOn.AddDays(90), 9)]), Today);
        Assert.Equal(1, Count(counts, Figures.EffectImproved, "NotMeasured"));
        Assert.DoesNotContain(counts, c => c.Figure == Figures.EffectChange);
    }

    [Fact]
    public void AnActiveCase_AddsNoChangeYet()
    {
        var active = Ended([new(Opened, 2), new(Opened.AddMonths(3), 8)]) with
        {
            Stages = [new CaseHistory.StageChange(Opened, CaseStage.Services)], EndedOn = [], Outcome = null,
        };
        Assert.DoesNotContain(CaseContributions.Of(active, Today), c => c.Figure.StartsWith("effect.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSituationAfterSupport_CountsInTheYearItsPointFellIn_AndEmploymentOutcomesAreCounted()
    {
        var counts = CaseContributions.Of(Ended([],
            [new(3, LifeSituation.WorkingPartTime, EndedOn.AddMonths(3).AddDays(4)), new(6, LifeSituation.Studying, EndedOn.AddMonths(6).AddDays(1))],
            [new CaseHistory.SentReferral(Opened.AddDays(20), ReferralStatus.Completed, Opened.AddDays(30)) { Employment = EmploymentOutcome.PaidWorkWithWageSubsidy, CompletedOn = Opened.AddDays(80) }]), Today);
        var three = counts.Single(c => c.Figure == Figures.StatusAfterEnd(3));
        Assert.Equal(("WorkingPartTime", Slice.YearOf(EndedOn.AddMonths(3))), (three.Category, three.Slice.Month));
        Assert.Equal(1, Count(counts, Figures.StatusAfterEnd(6), "Studying"));
        Assert.Equal(1, Count(counts, Figures.EffectReferralEmployment, "PaidWorkWithWageSubsidy"));
    }

    private static readonly StatisticsFilter Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1));

    private static SliceCount Cell(string figure, DateOnly quarter, string category, int n) =>
        new(figure, new Slice(quarter, "Esikylä", Guid.Empty, ServicePath.Unemployed), category, n);

    [Fact]
    public void TheShareWorkingOrStudying_AddsOnlyShownCells_AndComparesWithThePeriodBefore()
    {
        var year = new DateOnly(2026, 1, 1);
        var lastYear = new DateOnly(2025, 1, 1);
        SliceCount[] counts =
        [
            Cell(Figures.StatusAfterEnd(6), year, "WorkingFullTime", 8), Cell(Figures.StatusAfterEnd(6), year, "Studying", 5),
            Cell(Figures.StatusAfterEnd(6), year, "JobSeeker", 12),
            Cell(Figures.StatusAfterEnd(6), lastYear, "WorkingFullTime", 5), Cell(Figures.StatusAfterEnd(6), lastYear, "JobSeeker", 15),
        ];
        var answer = Answers.For(new CountyTables(counts), Year, 60).Single(a => a.Code == Answers.WorkingOrStudying6);
        Assert.Equal((13, 25), (answer.Now.Part, answer.Now.Whole));
        Assert.Equal(52.0, answer.Now.Percent);
        Assert.Equal((5, 20), (answer.Previous.Part, answer.Previous.Whole));
        Assert.Equal(Answers.ReferenceSixMonths, answer.ReferencePercent);
    }

    [Fact]
    public void WithACellHidden_TheShareIsAnInterval_FromPublishedFiguresOnly()
    {
        var year = new DateOnly(2026, 1, 1);
        // 3 improved of 20: the 3 is hidden (with the empty "not measured" beside it); 12 unchanged and 5 worsened are shown, and
        // the withheld 3 is published only as "under five".
        SliceCount[] counts =
        [
            Cell(Figures.EffectImproved, year, "Improved", 3), Cell(Figures.EffectImproved, year, "Unchanged", 12), Cell(Figures.EffectImproved, year, "Worsened", 5),
        ];
        var share = Answers.For(new CountyTables(counts), Year, 60).Single(a => a.Code == Answers.WorkAbilityImproved).Now;
        Assert.True(Publication.Breakdown(Figures.ByCode(Figures.EffectImproved), counts, Year.InYears()).Withheld.Suppressed);
        Assert.Equal((0, 17, 4), (share.Part, share.Whole, share.Withheld));
        // Not a single figure: anywhere from none to all of the at most four withheld improved.
        Assert.Null(share.Percent);
        Assert.Equal((0.0, 19.0), (share.Low, share.High));
        Assert.InRange(3 / 20.0 * 100, share.Low!.Value, share.High!.Value);
    }

    [Fact]
    public void WithNothingHidden_TheShareIsExact()
    {
        var year = new DateOnly(2026, 1, 1);
        SliceCount[] counts = [Cell(Figures.FeedbackPlanClear, year, "5", 10), Cell(Figures.FeedbackPlanClear, year, "4", 5), Cell(Figures.FeedbackPlanClear, year, "2", 5)];
        var share = Answers.For(new CountyTables(counts), Year, 60).Single(a => a.Code == Answers.PlanClear).Now;
        Assert.Equal(75.0, share.Percent);
    }

    [Fact]
    public void ThePlanWithinTheTarget_CountsBinsWhoseLastDayIsWithin_AndHidesASmallSide()
    {
        var q1 = new DateOnly(2026, 1, 1);
        SliceCount[] counts = [Cell(Figures.LeadOpenedToPlan, q1, "20", 10), Cell(Figures.LeadOpenedToPlan, q1, "61", 6), Cell(Figures.LeadOpenedToPlan, q1, "91", 5)];
        var within = Publication.ShareWithin(Figures.ByCode(Figures.LeadOpenedToPlan), counts, Year, 60);
        Assert.Equal((10, 21, 0), (within.Part, within.Whole, within.Withheld));
        // The 61–67 bin is within 70 days only in part: it is not counted as within.
        Assert.Equal(10, Publication.ShareWithin(Figures.ByCode(Figures.LeadOpenedToPlan), counts, Year, 66).Part);
        Assert.Equal(16, Publication.ShareWithin(Figures.ByCode(Figures.LeadOpenedToPlan), counts, Year, 67).Part);
        // 19 within and 2 late: the two would be pinned down, so nothing is shown.
        SliceCount[] nearlyAll = [Cell(Figures.LeadOpenedToPlan, q1, "20", 19), Cell(Figures.LeadOpenedToPlan, q1, "91", 2)];
        Assert.Null(Publication.ShareWithin(Figures.ByCode(Figures.LeadOpenedToPlan), nearlyAll, Year, 60).Part);
    }

    [Fact]
    public void ThePreviousPeriod_IsAsLongAsThePeriod_AndEndsWhereItBegins()
    {
        var previous = Answers.PreviousPeriod(new StatisticsFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1), "Mallila"));
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 1), "Mallila"), (previous.FromMonth, previous.ToMonth, previous.Municipality));
    }

    [Fact]
    public void TheMedianChange_ComesFromSlicesLargeEnoughToShow()
    {
        var q2 = new DateOnly(2026, 1, 1);
        SliceCount[] counts = [Cell(Figures.EffectChange, q2, "2", 6), Cell(Figures.EffectChange, q2, "0", 3), Cell(Figures.EffectChange, q2, "-1", 2)];
        Assert.Equal(2, Publication.Median(Figures.ByCode(Figures.EffectChange), counts, Year));
        Assert.Null(Publication.Median(Figures.ByCode(Figures.EffectChange), counts.Take(0), Year));
    }

    [Theory]
    [InlineData(false, false, false, false, "Opened")]
    [InlineData(true, false, false, false, "Coordinator")]
    [InlineData(true, true, false, false, "Team")]
    [InlineData(true, true, true, false, "Plan")]
    [InlineData(true, true, true, true, "Service")]
    public void EachCaseOpened_CountsAtTheFurthestStepItReached_InTheQuarterItOpened(bool coordinator, bool team, bool plan, bool service, string step)
    {
        var history = Ended([]) with
        {
            CoordinatorAssignedOn = coordinator ? Opened.AddDays(3) : null, TeamFormedOn = team ? Opened.AddDays(20) : null,
            FirstPlanOn = plan ? Opened.AddDays(30) : null,
            Referrals = service ? [new CaseHistory.SentReferral(Opened.AddDays(31), ReferralStatus.Started, Opened.AddDays(40))] : [],
        };
        var funnel = CaseContributions.Of(history, Today).Single(c => c.Figure == Figures.CoverageFunnel);
        Assert.Equal((step, Slice.QuarterOf(Opened)), (funnel.Category, funnel.Slice.Month));
        // Reaching the plan counts in the plan's way and every step before it.
        Assert.Equal(Array.IndexOf(Figures.FunnelSteps, step) + 1, Figures.FunnelSteps.Count(s => Figures.FunnelReached(s).Contains(step)));
    }

    [Fact]
    public void TheExperiencedChange_IsGivenAtTheEndOnly_AndCountedByDomain()
    {
        var change = new WorkAbility.Domain.Feedback.ExperiencedChange(4, null, 3, 5, 2);
        var given = WorkAbility.Domain.Feedback.ClientFeedback.Give(Guid.NewGuid(), CaseStage.Ended, WorkAbility.Domain.Feedback.FeedbackOccasion.AtEnd,
            null, null, null, null, DateTimeOffset.UnixEpoch, change);
        Assert.Equal(change, given.Change);
        var midway = Assert.Throws<WorkAbility.Domain.Common.DomainValidationException>(() => WorkAbility.Domain.Feedback.ClientFeedback.Give(Guid.NewGuid(),
            CaseStage.Services, WorkAbility.Domain.Feedback.FeedbackOccasion.AfterMeeting, 4, null, null, null, DateTimeOffset.UnixEpoch, change));
        Assert.Contains(midway.Errors, e => e.Field == "everydayCoping" && e.Code == "experienced_change_at_end");
        Assert.Contains(Assert.Throws<WorkAbility.Domain.Common.DomainValidationException>(() => WorkAbility.Domain.Feedback.ClientFeedback.Give(Guid.NewGuid(),
            CaseStage.Ended, WorkAbility.Domain.Feedback.FeedbackOccasion.AtEnd, null, null, null, null, DateTimeOffset.UnixEpoch,
            change with { BeliefInFuture = 6 })).Errors, e => e.Field == "beliefInFuture" && e.Code == "out_of_range");

        var history = Ended([]) with { Feedbacks = [new CaseHistory.Feedback(EndedOn.AddDays(2), 5, null) { Change = change }] };
        var counts = CaseContributions.Of(history, Today);
        Assert.Equal(1, Count(counts, Figures.ExperiencedChange("everydayCoping"), "4"));
        Assert.Equal(1, Count(counts, Figures.ExperiencedChange("beliefInFuture"), "2"));
        Assert.DoesNotContain(counts, c => c.Figure == Figures.ExperiencedChange("healthAndWellbeing"));
        Assert.Equal(Slice.YearOf(EndedOn), counts.First(c => c.Figure == Figures.ExperiencedChange("relationships")).Slice.Month);
    }

    [Fact]
    public void EachCaseOpened_IsCountedAtTheWaysTwoEnds_WhetherItBeganFromAScreeningAlert_AndWhetherItHasEnded()
    {
        var ended = CaseContributions.Of(Ended([]) with { ScreeningAlerted = true }, Today);
        Assert.Equal(1, Count(ended, Figures.CoverageScreened, Figures.FromScreening));
        Assert.Equal(1, Count(ended, Figures.CoverageEnded, Figures.EndedWithOutcome));
        var active = CaseContributions.Of(Ended([]) with { Stages = [new CaseHistory.StageChange(Opened, CaseStage.Services)], EndedOn = [], Outcome = null }, Today);
        Assert.Equal(1, Count(active, Figures.CoverageScreened, Figures.NotFromScreening));
        Assert.Equal(1, Count(active, Figures.CoverageEnded, Figures.NotEnded));
        Assert.All(active.Where(c => c.Figure is Figures.CoverageScreened or Figures.CoverageEnded), c => Assert.Equal(Slice.QuarterOf(Opened), c.Slice.Month));
    }
}
