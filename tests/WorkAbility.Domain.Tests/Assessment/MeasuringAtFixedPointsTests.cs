using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Assessment;

/// <summary>
/// F39: the client's own measure of work ability is asked at the start, at 3, 6 and 12 months of support and at its end;
/// only the latest point that has come is asked, a measure shortly before a point counts for it, and an active case with
/// no measure for four months is a risk on the radar.
/// </summary>
public class MeasuringAtFixedPointsTests
{
    private static readonly DateTimeOffset Opened = new(2026, 1, 12, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AtTheStart_TheFirstMeasureIsAsked_UntilOneIsGiven()
    {
        Assert.Equal(MeasurePoint.Start, MeasurePoints.Due(Opened, null, [], Opened.AddDays(2)));
        Assert.Null(MeasurePoints.Due(Opened, null, [Opened.AddDays(3)], Opened.AddDays(4)));
        // The need assessment that led to the case, a week before it opened, counts as the start.
        Assert.Null(MeasurePoints.Due(Opened, null, [Opened.AddDays(-7)], Opened.AddDays(4)));
    }

    [Fact]
    public void AtThreeSixAndTwelveMonths_TheMeasureIsAskedAgain_AndOnlyTheLatestPoint()
    {
        DateTimeOffset[] started = [Opened.AddDays(3)];
        Assert.Null(MeasurePoints.Due(Opened, null, started, Opened.AddMonths(3).AddDays(-1)));
        Assert.Equal(MeasurePoint.ThreeMonths, MeasurePoints.Due(Opened, null, started, Opened.AddMonths(3)));
        // In the seventh month nobody is asked for the three-month measure: the six-month one is due.
        Assert.Equal(MeasurePoint.SixMonths, MeasurePoints.Due(Opened, null, started, Opened.AddMonths(7)));
        Assert.Equal(MeasurePoint.TwelveMonths, MeasurePoints.Due(Opened, null, started, Opened.AddMonths(13)));
        // Filled three weeks before the six-month point, it counts for that point.
        Assert.Null(MeasurePoints.Due(Opened, null, [.. started, Opened.AddMonths(6).AddDays(-21)], Opened.AddMonths(6).AddDays(1)));
        Assert.Equal(MeasurePoint.SixMonths, MeasurePoints.Due(Opened, null, [.. started, Opened.AddMonths(6).AddDays(-45)], Opened.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void AtTheEnd_TheClosingMeasureIsAsked_ForTwoMonths_UnlessOneWasGivenJustBefore()
    {
        var ended = Opened.AddMonths(5);
        DateTimeOffset[] early = [Opened.AddDays(3), Opened.AddMonths(3)];
        Assert.Equal(MeasurePoint.End, MeasurePoints.Due(Opened, ended, early, ended.AddDays(1)));
        Assert.Equal(MeasurePoint.End, MeasurePoints.Due(Opened, ended, early, ended.AddDays(60)));
        Assert.Null(MeasurePoints.Due(Opened, ended, early, ended.AddDays(61)));
        Assert.Null(MeasurePoints.Due(Opened, ended, [.. early, ended.AddDays(-10)], ended.AddDays(1)));
        Assert.Null(MeasurePoints.Due(Opened, ended, [.. early, ended.AddDays(2)], ended.AddDays(3)));
    }

    [Fact]
    public void AMeasure_StandsForTheNearestPointThatHasCome()
    {
        var ended = Opened.AddMonths(8);
        Assert.Equal(MeasurePoint.Start, MeasurePoints.PointOf(Opened.AddDays(-3), Opened, ended));
        Assert.Equal(MeasurePoint.ThreeMonths, MeasurePoints.PointOf(Opened.AddMonths(3).AddDays(-10), Opened, ended));
        Assert.Equal(MeasurePoint.SixMonths, MeasurePoints.PointOf(Opened.AddMonths(6).AddDays(5), Opened, ended));
        Assert.Equal(MeasurePoint.End, MeasurePoints.PointOf(ended.AddDays(-5), Opened, ended));
    }

    private static readonly RiskFacts Active = new() { Stage = CaseStage.Services, Path = ServicePath.Unemployed, OpenedAt = Opened };

    private static bool Unmeasured(RiskFacts facts, DateTimeOffset now) =>
        RiskRadar.Evaluate(facts, new RiskThresholds(), now).Any(f => f.Code == RiskCode.WorkAbilityNotMeasured);

    [Fact]
    public void AnActiveCase_WithNoMeasureForFourMonths_IsARisk_AndAMeasureClearsIt()
    {
        Assert.False(Unmeasured(Active, Opened.AddMonths(4)));
        Assert.True(Unmeasured(Active, Opened.AddMonths(4).AddHours(1)));
        var measured = Active with { LastMeasuredAt = Opened.AddMonths(3) };
        Assert.False(Unmeasured(measured, Opened.AddMonths(7)));
        Assert.True(Unmeasured(measured, Opened.AddMonths(7).AddDays(1)));
        // A measure from before the case (an earlier support) does not count for this one.
        Assert.True(Unmeasured(Active with { LastMeasuredAt = Opened.AddMonths(-2) }, Opened.AddMonths(4).AddDays(1)));
    }

    [Theory]
    [InlineData(CaseStage.Concern)]
    [InlineData(CaseStage.SeekingService)]
    [InlineData(CaseStage.Ended)]
    public void BeforeTheAssessment_OrAfterTheEnd_ItIsNotARisk(CaseStage stage) =>
        Assert.False(Unmeasured(Active with { Stage = stage }, Opened.AddMonths(9)));

    [Fact]
    public void WhileOccupationalHealthHoldsResponsibility_ItIsNotTheCountysRisk() =>
        Assert.False(Unmeasured(Active with { Path = ServicePath.EmployedWithOccupationalHealth, OccupationalHealthResponsible = true }, Opened.AddMonths(9)));
}
