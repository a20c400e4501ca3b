namespace WorkAbility.Domain.Statistics;

/// <summary>
/// The kept counts of a county, figure by figure and period by period, and how each period is protected. A period is
/// protected once, over all its slices, whatever filter asks for it: what one filter shows and what another shows come
/// from one pattern, so comparing them tells nothing the pattern hides.
/// </summary>
public sealed class CountyTables
{
    private readonly Dictionary<string, Dictionary<DateOnly, Dictionary<Slice, Dictionary<string, int>>>> counts = new(StringComparer.Ordinal);
    private readonly IDictionary<(string Figure, DateOnly Period), TablePattern> patterns;
    private readonly Func<Figure, DateOnly, TablePattern>? fixedPatterns;

    /// <param name="fixedPatterns">Patterns to use instead of protecting (the tests hold a county's protection fixed while they change its counts).</param>
    /// <param name="kept">The counts; with <paramref name="store"/>, patterns already worked out for these same counts (kept between views).</param>
    public CountyTables(IEnumerable<SliceCount> kept, Func<Figure, DateOnly, TablePattern>? fixedPatterns = null,
        IDictionary<(string Figure, DateOnly Period), TablePattern>? store = null)
    {
        this.fixedPatterns = fixedPatterns;
        patterns = store ?? new Dictionary<(string Figure, DateOnly Period), TablePattern>();
        foreach (var c in kept)
        {
            if (c.Count <= 0)
            {
                continue;
            }
            if (!counts.TryGetValue(c.Figure, out var periods))
            {
                counts[c.Figure] = periods = [];
            }
            if (!periods.TryGetValue(c.Slice.Month, out var slices))
            {
                periods[c.Slice.Month] = slices = [];
            }
            if (!slices.TryGetValue(c.Slice, out var categories))
            {
                slices[c.Slice] = categories = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            categories[c.Category] = categories.GetValueOrDefault(c.Category) + c.Count;
        }
    }

    /// <summary>The kept periods of a figure within the filter's months that have anything counted, in order.</summary>
    public IReadOnlyList<DateOnly> Periods(string figure, StatisticsFilter filter) =>
        counts.TryGetValue(figure, out var periods) ? periods.Keys.Where(p => p >= filter.FromMonth && p <= filter.ToMonth).Order().ToList() : [];

    /// <summary>Each slice's counts of one period, in the figure's kept categories (duration bins: their days).</summary>
    public IReadOnlyDictionary<Slice, Dictionary<string, int>> Slices(string figure, DateOnly period) =>
        counts.TryGetValue(figure, out var periods) && periods.TryGetValue(period, out var slices) ? slices : new Dictionary<Slice, Dictionary<string, int>>();

    /// <summary>Each slice's counts in the categories the figure publishes (durations: the chart's buckets).</summary>
    public IReadOnlyDictionary<Slice, IReadOnlyDictionary<string, int>> Published(Figure figure, DateOnly period) =>
        Slices(figure.Code, period).ToDictionary(s => s.Key, s => figure.Shape is FigureShape.Durations
            ? (IReadOnlyDictionary<string, int>)s.Value.GroupBy(b => DurationBins.ChartBucketOf(DurationBins.FirstDayOf(b.Key))).ToDictionary(g => g.Key, g => g.Sum(b => b.Value))
            : s.Value);

    /// <summary>The categories a figure publishes in a period: its own, or (coordinators) those counted.</summary>
    public IReadOnlyList<string> CategoriesOf(Figure figure, DateOnly period) =>
        figure.Shape is FigureShape.Durations ? DurationBins.ChartBucketNames
        : figure.Categories ?? Slices(figure.Code, period).Values.SelectMany(c => c.Keys).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Each slice's population for a figure of overlapping categories: its population figure's slice totals.</summary>
    public IReadOnlyDictionary<Slice, int> Populations(Figure figure, DateOnly period) =>
        Slices(figure.Population!, period).ToDictionary(s => s.Key, s => s.Value.Values.Sum());

    public TablePattern PatternOf(Figure figure, DateOnly period)
    {
        if (figure.PatternFrom is { } leader)
        {
            return PatternOf(Figures.ByCode(leader), period);
        }
        if (fixedPatterns is not null)
        {
            return fixedPatterns(figure, period);
        }
        if (!patterns.TryGetValue((figure.Code, period), out var pattern))
        {
            pattern = LinkedTableDisclosure.Protect(CategoriesOf(figure, period), Published(figure, period),
                figure.Shape is FigureShape.Overlapping ? Populations(figure, period) : null);
            patterns[(figure.Code, period)] = pattern;
        }
        return pattern;
    }
}
