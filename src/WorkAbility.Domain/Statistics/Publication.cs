namespace WorkAbility.Domain.Statistics;

/// <summary>One published number: null when it is suppressed; <see cref="Partial"/> when some slices withheld part of it.</summary>
public sealed record PublishedValue(int? Value, bool Partial = false)
{
    public bool Suppressed => Value is null;
}

public sealed record PublishedCell(string Category, PublishedValue Count);

/// <summary>A figure over a filter: the total, each category, and what small-group protection withheld.</summary>
public sealed record PublishedFigure(string Code, PublishedValue Total, IReadOnlyList<PublishedCell> Cells, PublishedValue Withheld);

/// <summary>A duration figure: how many, median and 90th percentile (days), and the distribution in chart buckets.</summary>
public sealed record PublishedDurations(string Code, PublishedValue Count, int? MedianDays, int? Percentile90Days, PublishedFigure Buckets);

/// <summary>
/// Adds up protected periods into the figures a dashboard shows. Each period of a figure is protected once, over all its
/// slices and the county's own row together (<see cref="LinkedTableDisclosure"/>, ADR 0012): the county view adds up the
/// county's rows, any other filter the shown cells of the slices it takes. Only shown cells and shown totals are ever
/// added, and the pattern is the same whichever filter asks, so no hidden group of 1–4 can be worked out by comparing them.
/// </summary>
public static class Publication
{
    public static PublishedFigure Breakdown(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter) =>
        Breakdown(figure, new CountyTables(counts), filter);

    public static PublishedFigure Breakdown(Figure figure, CountyTables tables, StatisticsFilter filter)
    {
        var periods = tables.Periods(figure.Code, filter);
        var categories = figure.Categories ?? periods.SelectMany(p => tables.CategoriesOf(figure, p)).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = periods.SelectMany(p => Lines(figure, tables, filter, p, categories, population: null));
        return Sum(figure.Code, categories, rows, breakdown: true);
    }

    /// <summary>Overlapping categories, with the population figure's slice totals as each slice's population.</summary>
    public static PublishedFigure Overlapping(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter) =>
        Overlapping(figure, new CountyTables(counts), filter);

    public static PublishedFigure Overlapping(Figure figure, CountyTables tables, StatisticsFilter filter)
    {
        var categories = figure.Categories ?? tables.Periods(figure.Code, filter).SelectMany(p => tables.CategoriesOf(figure, p)).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = tables.Periods(figure.Population!, filter)
            .SelectMany(p => Lines(figure, tables, filter, p, categories, tables.Populations(figure, p)));
        return Sum(figure.Code, categories, rows, breakdown: false);
    }

    public static PublishedDurations Durations(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter) =>
        Durations(figure, new CountyTables(counts), filter);

    public static PublishedDurations Durations(Figure figure, CountyTables tables, StatisticsFilter filter)
    {
        var distribution = Breakdown(figure, tables, filter);
        var merged = new SortedDictionary<int, int>();
        foreach (var bins in ShownBins(figure, tables, filter))
        {
            foreach (var (category, n) in bins)
            {
                int day = DurationBins.FirstDayOf(category);
                merged[day] = merged.GetValueOrDefault(day) + n;
            }
        }
        int count = merged.Values.Sum();
        bool shown = count >= SmallGroups.Threshold;
        return new PublishedDurations(figure.Code, distribution.Total,
            shown ? Quantile(merged, count, 0.5) : null, shown ? Quantile(merged, count, 0.9) : null, distribution);
    }

    /// <summary>
    /// How many of a duration figure's counted things took at most <paramref name="days"/> days, from the slices (or the
    /// county's periods) whose totals are shown, as the quantiles; withheld when either side of the split would be a small group.
    /// </summary>
    public static PublishedShare ShareWithin(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter, int days) =>
        ShareWithin(figure, new CountyTables(counts), filter, days);

    public static PublishedShare ShareWithin(Figure figure, CountyTables tables, StatisticsFilter filter, int days)
    {
        int within = 0, all = 0;
        foreach (var bins in ShownBins(figure, tables, filter))
        {
            all += bins.Values.Sum();
            // A bin counts as within when its last day is: bins are exact days up to 60, then a week, then 30 days wide.
            within += bins.Where(b => DurationBins.LastDayOf(DurationBins.FirstDayOf(b.Key)) <= days).Sum(b => b.Value);
        }
        bool partial = Breakdown(figure, tables, filter).Total.Partial;
        return SmallGroups.Reveal(all) is null or 0 || SmallGroups.Reveal(within) is null || SmallGroups.Reveal(all - within) is null
            ? new PublishedShare(null, null, 0, partial)
            : new PublishedShare(within, all, 0, partial);
    }

    /// <summary>
    /// The median of a breakdown whose categories are whole numbers (the change of a score), from the slices (or the county's
    /// periods) whose totals are shown; null when fewer than five are counted.
    /// </summary>
    public static int? Median(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter) => Median(figure, new CountyTables(counts), filter);

    public static int? Median(Figure figure, CountyTables tables, StatisticsFilter filter)
    {
        var merged = new SortedDictionary<int, int>();
        foreach (var bins in ShownBins(figure, tables, filter))
        {
            foreach (var (category, n) in bins)
            {
                int value = int.Parse(category, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
                merged[value] = merged.GetValueOrDefault(value) + n;
            }
        }
        int count = merged.Values.Sum();
        return count >= SmallGroups.Threshold ? Quantile(merged, count, 0.5) : null;
    }

    /// <summary>Nearest-rank quantile over binned days: the first day of the bin that holds it.</summary>
    public static int Quantile(IReadOnlyDictionary<int, int> bins, int count, double q)
    {
        int rank = Math.Max(1, (int)Math.Ceiling(q * count));
        int seen = 0;
        foreach (var (day, n) in bins.OrderBy(b => b.Key))
        {
            seen += n;
            if (seen >= rank)
            {
                return day;
            }
        }
        return bins.Keys.Max();
    }

    /// <summary>Whether the filter asks for the whole county (no municipality, organisation or path).</summary>
    public static bool IsCounty(StatisticsFilter filter) => filter.Municipality is null && filter.OrganisationId is null && filter.Path is null;

    /// <summary>One period's published lines for a filter: the county's row, or the shown cells of each slice it takes.</summary>
    private static IEnumerable<SliceDisclosure.Row> Lines(Figure figure, CountyTables tables, StatisticsFilter filter, DateOnly period,
        IReadOnlyList<string> categories, IReadOnlyDictionary<Slice, int>? population)
    {
        var pattern = tables.PatternOf(figure, period);
        var slices = tables.Published(figure, period);
        if (IsCounty(filter) && pattern.CountyShown)
        {
            var sums = categories.ToDictionary(c => c, c => slices.Values.Sum(s => s.GetValueOrDefault(c)));
            yield return pattern.County.Apply(categories, sums, population?.Values.Sum());
            yield break;
        }
        var empty = new Dictionary<string, int>();
        var taken = population is null ? slices.Keys : population.Keys;
        foreach (var slice in taken.Where(filter.Includes))
        {
            var cells = slices.GetValueOrDefault(slice) ?? empty;
            var line = pattern.Rows.GetValueOrDefault(slice)
                ?? LinePattern.Of(SliceDisclosure.Overlapping(categories, cells, population?.GetValueOrDefault(slice) ?? 0));
            yield return line.Apply(categories, cells, population?.GetValueOrDefault(slice));
        }
    }

    /// <summary>The bins of the periods (county view) or slices (any other filter) whose totals are shown.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, int>> ShownBins(Figure figure, CountyTables tables, StatisticsFilter filter)
    {
        foreach (var period in tables.Periods(figure.Code, filter))
        {
            var pattern = tables.PatternOf(figure, period);
            var slices = tables.Slices(figure.Code, period);
            if (IsCounty(filter) && pattern.CountyShown)
            {
                if (pattern.County.TotalShown)
                {
                    foreach (var bins in slices.Values)
                    {
                        yield return bins;
                    }
                }
                continue;
            }
            foreach (var (slice, bins) in slices.Where(s => filter.Includes(s.Key) && pattern.Rows[s.Key].TotalShown))
            {
                yield return bins;
            }
        }
    }

    private static PublishedFigure Sum(string code, IReadOnlyList<string> categories, IEnumerable<SliceDisclosure.Row> rows, bool breakdown)
    {
        int total = 0;
        bool totalWithheld = false;
        var sums = categories.ToDictionary(c => c, _ => 0);
        var withheld = categories.ToDictionary(c => c, _ => false);
        foreach (var row in rows)
        {
            if (row.TotalShown)
            {
                total += row.Total;
            }
            else
            {
                totalWithheld = true;
            }
            foreach (var (category, n) in row.Shown)
            {
                sums[category] += n;
            }
            foreach (var category in row.Hidden)
            {
                withheld[category] = true;
            }
        }
        var cells = categories.Select(c => new PublishedCell(c, Value(sums[c], withheld[c]))).ToList();
        var rest = breakdown ? total - sums.Values.Sum() : 0;
        return new PublishedFigure(code, Value(total, totalWithheld), cells, new PublishedValue(SmallGroups.Reveal(rest), rest > 0));
    }

    /// <summary>A sum of shown parts; nothing shown but something withheld is "suppressed", not zero.</summary>
    private static PublishedValue Value(int sum, bool withheld) =>
        sum == 0 && withheld ? new PublishedValue(null, true) : new PublishedValue(sum, withheld);
}
