using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Statistics;

/// <summary>
/// The finest piece of the county the statistics keep: one period (a calendar month for totals over
/// time, a quarter for breakdowns, named by its first day), one home municipality, one organisation
/// holding overall responsibility and one service path. Every published figure is a sum of slices;
/// small groups are protected slice by slice (see <see cref="SliceDisclosure"/>).
/// </summary>
public readonly record struct Slice(DateOnly Month, string Municipality, Guid OrganisationId, ServicePath Path)
{
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The first day of the quarter <paramref name="day"/> falls in.</summary>
    public static DateOnly QuarterOf(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    /// <summary>The first day of the year <paramref name="day"/> falls in.</summary>
    public static DateOnly YearOf(DateOnly day) => new(day.Year, 1, 1);
}

/// <summary>How many of a figure's counted things fell in one category of one slice.</summary>
public sealed record SliceCount(string Figure, Slice Slice, string Category, int Count);

/// <summary>What a dashboard asks for: whole months from–to, and optionally one municipality, organisation and path.</summary>
public sealed record StatisticsFilter(DateOnly FromMonth, DateOnly ToMonth, string? Municipality = null, Guid? OrganisationId = null, ServicePath? Path = null)
{
    public bool Includes(Slice slice) =>
        slice.Month >= FromMonth && slice.Month <= ToMonth
        && (Municipality is null || slice.Municipality == Municipality)
        && (OrganisationId is null || slice.OrganisationId == OrganisationId)
        && (Path is null || slice.Path == Path);

    /// <summary>
    /// The same filter over whole quarters: every quarter the period touches. Breakdowns are kept by
    /// quarter, so that a county's categories are not lost in monthly groups under five.
    /// </summary>
    public StatisticsFilter InQuarters() => this with { FromMonth = Slice.QuarterOf(FromMonth), ToMonth = Slice.QuarterOf(ToMonth) };

    /// <summary>The same filter over whole years: every calendar year the period touches (the effect figures are kept by year).</summary>
    public StatisticsFilter InYears() => this with { FromMonth = Slice.YearOf(FromMonth), ToMonth = Slice.YearOf(ToMonth) };

    /// <summary>
    /// Which slices <paramref name="figure"/> adds up for this filter: caseloads and waiting times describe
    /// today, cases per stage the end of the period, totals over time the period's months, and breakdowns
    /// the quarters the period touches.
    /// </summary>
    public StatisticsFilter For(Figure figure, DateOnly today) => figure.Code switch
    {
        Figures.Caseload or Figures.DeskWaiting => ForMonth(Slice.MonthOf(today)),
        Figures.StockStage => ForMonth(ToMonth),
        _ when figure.Monthly => this,
        _ when figure.Yearly => InYears(),
        _ => InQuarters(),
    };

    /// <summary>The same filter for one month of its period (for month-by-month trends).</summary>
    public StatisticsFilter ForMonth(DateOnly month) => this with { FromMonth = month, ToMonth = month };

    public IEnumerable<DateOnly> Months()
    {
        for (var m = FromMonth; m <= ToMonth; m = m.AddMonths(1))
        {
            yield return m;
        }
    }
}
