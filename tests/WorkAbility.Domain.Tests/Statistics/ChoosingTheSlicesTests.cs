using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>Which slices each kind of figure adds up for a period of months.</summary>
public class ChoosingTheSlicesTests
{
    private static readonly StatisticsFilter TwelveMonths = new(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 1));
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Breakdowns_TakeEveryQuarterThePeriodTouches()
    {
        var filter = TwelveMonths.For(Figures.ByCode(Figures.InflowChannel), Today);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 10, 1)), (filter.FromMonth, filter.ToMonth));
    }

    [Fact]
    public void TotalsOverTime_KeepThePeriodsMonths_AndTodaysFigures_Today()
    {
        Assert.Equal(TwelveMonths, TwelveMonths.For(Figures.ByCode(Figures.Inflow), Today));
        Assert.Equal(TwelveMonths.ForMonth(new DateOnly(2026, 11, 1)), TwelveMonths.For(Figures.ByCode(Figures.StockStage), Today));
        var past = TwelveMonths with { ToMonth = new DateOnly(2026, 3, 1) };
        Assert.Equal(past.ForMonth(new DateOnly(2026, 11, 1)), past.For(Figures.ByCode(Figures.Caseload), Today));
    }

    [Fact]
    public void CaseContributions_UseTheFiguresOwnPeriod()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), Slice.QuarterOf(new DateOnly(2026, 11, 29)));
        Assert.True(Figures.ByCode(Figures.Ended).Monthly);
        Assert.False(Figures.ByCode(Figures.Outcome).Monthly);
    }
}
