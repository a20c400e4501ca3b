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
/// Adds up protected slices into the figures a dashboard shows. Only shown cells and shown slice
/// totals are ever added, so what one filter shows and what another shows never differ by a hidden cell.
/// </summary>
public static class Publication
{
    public static PublishedFigure Breakdown(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter) =>
        Breakdown(figure, counts, filter, (_, categories, cells) => SliceDisclosure.Breakdown(categories, cells));

    /// <summary>The same with a given protection (the tests hold a county's protection fixed while they change hidden cells).</summary>
    public static PublishedFigure Breakdown(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter,
        Func<Slice, IReadOnlyList<string>, IReadOnlyDictionary<string, int>, SliceDisclosure.Row> protect)
    {
        var slices = BySlice(counts, figure.Code, filter);
        var categories = figure.Categories ?? slices.Values.SelectMany(s => s.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return Sum(figure.Code, categories, slices.Select(s => protect(s.Key, categories, s.Value)), breakdown: true);
    }

    /// <summary>Overlapping categories, with the population figure's slice totals as each slice's population.</summary>
    public static PublishedFigure Overlapping(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter)
    {
        var all = counts as IReadOnlyCollection<SliceCount> ?? counts.ToList();
        var slices = BySlice(all, figure.Code, filter);
        var populations = BySlice(all, figure.Population!, filter);
        var categories = figure.Categories!;
        var rows = populations.Select(p => SliceDisclosure.Overlapping(categories, slices.GetValueOrDefault(p.Key) ?? new Dictionary<string, int>(), p.Value.Values.Sum()));
        return Sum(figure.Code, categories, rows, breakdown: false);
    }

    public static PublishedDurations Durations(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter)
    {
        var slices = BySlice(counts, figure.Code, filter);
        var buckets = slices.Values.Select(bins => bins
                .GroupBy(b => DurationBins.ChartBucketOf(DurationBins.FirstDayOf(b.Key)))
                .ToDictionary(g => g.Key, g => g.Sum(b => b.Value)))
            .Select(b => SliceDisclosure.Breakdown(DurationBins.ChartBucketNames, b))
            .ToList();
        var distribution = Sum(figure.Code, DurationBins.ChartBucketNames, buckets, breakdown: true);

        // Quantiles come only from slices large enough to be shown at all.
        var merged = new SortedDictionary<int, int>();
        foreach (var bins in slices.Values.Where(s => SmallGroups.Reveal(s.Values.Sum()) is not null))
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
    /// How many of a duration figure's counted things took at most <paramref name="days"/> days, from the slices large enough to
    /// be shown at all (as the quantiles); withheld when either side of the split would be a small group.
    /// </summary>
    public static PublishedShare ShareWithin(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter, int days)
    {
        int within = 0, all = 0;
        bool partial = false;
        foreach (var bins in BySlice(counts, figure.Code, filter).Values)
        {
            int total = bins.Values.Sum();
            if (SmallGroups.Reveal(total) is null)
            {
                partial = true;
                continue;
            }
            all += total;
            // A bin counts as within when its last day is: bins are exact days up to 60, then a week, then 30 days wide.
            within += bins.Where(b => DurationBins.LastDayOf(DurationBins.FirstDayOf(b.Key)) <= days).Sum(b => b.Value);
        }
        return SmallGroups.Reveal(all) is null or 0 || SmallGroups.Reveal(within) is null || SmallGroups.Reveal(all - within) is null
            ? new PublishedShare(null, null, 0, partial)
            : new PublishedShare(within, all, 0, partial);
    }

    /// <summary>
    /// The median of a breakdown whose categories are whole numbers (the change of a score), from the slices large enough to be
    /// shown at all; null when fewer than five are counted.
    /// </summary>
    public static int? Median(Figure figure, IEnumerable<SliceCount> counts, StatisticsFilter filter)
    {
        var merged = new SortedDictionary<int, int>();
        foreach (var bins in BySlice(counts, figure.Code, filter).Values.Where(s => SmallGroups.Reveal(s.Values.Sum()) is not null))
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

    private static Dictionary<Slice, Dictionary<string, int>> BySlice(IEnumerable<SliceCount> counts, string figure, StatisticsFilter filter) =>
        counts.Where(c => c.Figure == figure && c.Count > 0 && filter.Includes(c.Slice))
            .GroupBy(c => c.Slice)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.Category).ToDictionary(c => c.Key, c => c.Sum(x => x.Count)));

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
