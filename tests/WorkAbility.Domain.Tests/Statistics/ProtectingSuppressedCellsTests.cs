using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>
/// Property tests of small-group protection (ADR 0012): over many random counties, a reader who sees every figure for every
/// filter (each month range, municipality, organisation and path, any of them together, and none: the county) and combines
/// them in any way — totals, differences of filters, differences of periods, any linear combination — can never work out a
/// group of 1–4. The attack is done with linear algebra, apart from the protection's own audit: each published number is a
/// sum of the county's finest cells (found by publishing, with the same pattern, a county with a single 1 in each cell in
/// turn), and a group is given away exactly when its sum lies in the span of the published sums.
/// </summary>
public class ProtectingSuppressedCellsTests
{
    private static readonly string[] Categories = ["A", "B", "C", "D"];
    private static readonly Figure Breakdown = new("test.breakdown", FigureShape.Breakdown, Categories);
    private static readonly DateOnly[] Months = [new(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1)];
    private static readonly string[] Municipalities = ["Esikylä", "Mallila"];
    private static readonly Guid[] Organisations = [new("00000000-0000-0000-0000-000000000001"), new("00000000-0000-0000-0000-000000000002")];
    private static readonly ServicePath[] Paths = [ServicePath.Unemployed, ServicePath.EmployedWithOccupationalHealth];

    [Fact]
    public void NoPublishedFigure_IsBetweenOneAndFour_UnderAnyFilter()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var county = RandomCounty(new Random(seed));
            foreach (var figure in PublishEverything(county))
            {
                Assert.All(Values(figure), v => Assert.True(v is null or 0 or >= SmallGroups.Threshold, $"seed {seed}: {v} shown in {figure}"));
            }
        }
    }

    [Fact]
    public void NoSmallGroup_CanBeWorkedOut_FromAnyCombinationOfPublishedFigures()
    {
        int smallGroupsTried = 0;
        for (int seed = 0; seed < 40; seed++)
        {
            var county = RandomCounty(new Random(seed));
            var real = new CountyTables(county);
            TablePattern Fixed(Figure figure, DateOnly period) => real.PatternOf(figure, period);
            var cells = (from month in Months
                         from slice in Slices(month)
                         from category in Categories
                         select (slice, category)).ToList();

            // Each published number as a sum of the finest cells, with the real county's pattern.
            var published = PublishEverything(county).SelectMany(Entries).ToList();
            var sums = published.Select(_ => new double[cells.Count]).ToList();
            for (int j = 0; j < cells.Count; j++)
            {
                var probe = PublishEverything([new SliceCount(Breakdown.Code, cells[j].slice, cells[j].category, 1)], Fixed);
                var entries = probe.SelectMany(Entries).ToList();
                for (int i = 0; i < entries.Count; i++)
                {
                    sums[i][j] = entries[i] ?? 0;
                }
            }
            var shownSums = sums.Where((_, i) => published[i] is not null).ToList();
            var span = new Span(shownSums, cells.Count);

            foreach (var filter in Filters())
            foreach (var category in Categories.Select(c => (string?)c).Append(null))
            {
                var group = cells.Select(c => filter.Includes(c.slice) && (category is null || c.category == category) ? 1.0 : 0.0).ToArray();
                int value = county.Where(c => filter.Includes(c.Slice) && (category is null || c.Category == category)).Sum(c => c.Count);
                if (SmallGroups.Reveal(value) is not null)
                {
                    continue;
                }
                smallGroupsTried++;
                Assert.False(span.Contains(group), $"seed {seed}: {category ?? "total"} of {filter} = {value} can be worked out");
            }
        }
        Assert.True(smallGroupsTried > 1000, $"only {smallGroupsTried} small groups were tried");
    }

    [Fact]
    public void TheAttack_FindsWhatAddingUpOnlyTheSlicesWouldGiveAway()
    {
        // The test must be able to fail: protect each slice alone and publish the true county total beside it, and the
        // county's total less the other slice's gives the small slice away.
        var small = new Slice(Months[0], Municipalities[0], Organisations[0], Paths[0]);
        var large = small with { Municipality = Municipalities[1] };
        SliceCount[] county = [new(Breakdown.Code, small, "A", 3), new(Breakdown.Code, large, "A", 6), new(Breakdown.Code, large, "B", 5)];
        TablePattern Naive(Figure figure, DateOnly period) => new(
            new Dictionary<Slice, LinePattern>
            {
                [small] = LinePattern.Of(SliceDisclosure.Breakdown(Categories, new Dictionary<string, int> { ["A"] = 3 })),
                [large] = LinePattern.Of(SliceDisclosure.Breakdown(Categories, new Dictionary<string, int> { ["A"] = 6, ["B"] = 5 })),
            },
            new LinePattern(new HashSet<string>(), TotalShown: true), CountyShown: true);
        var total = Publication.Breakdown(Breakdown, new CountyTables(county, Naive), new StatisticsFilter(Months[0], Months[0]));
        var other = Publication.Breakdown(Breakdown, new CountyTables(county, Naive), new StatisticsFilter(Months[0], Months[0], Municipalities[1]));
        Assert.Equal(3, total.Total.Value - other.Total.Value);
    }

    [Fact]
    public void ASingleSmallCell_IsNotLeftAloneBesideTheTotal()
    {
        var row = SliceDisclosure.Breakdown(Categories, new Dictionary<string, int> { ["A"] = 2, ["B"] = 9, ["C"] = 7, ["D"] = 0 });
        Assert.Equal(["A", "D"], row.Hidden.Order());
        Assert.Equal(18, row.Total);
    }

    [Fact]
    public void TheCountyIsExact_WhileASmallSliceStaysHidden_AndItsNeighbourHidesEnoughToCoverIt()
    {
        var small = new Slice(Months[0], Municipalities[0], Organisations[0], Paths[0]);
        var large = small with { Municipality = Municipalities[1] };
        SliceCount[] counts = [new(Breakdown.Code, small, "A", 3), new(Breakdown.Code, large, "A", 6), new(Breakdown.Code, large, "B", 5)];
        var all = Publication.Breakdown(Breakdown, counts, new StatisticsFilter(Months[0], Months[0]));
        Assert.Equal((14, false), (all.Total.Value, all.Total.Partial));
        Assert.Equal([9, 5, 0, 0], all.Cells.Select(c => c.Count.Value));
        var onlySmall = Publication.Breakdown(Breakdown, counts, new StatisticsFilter(Months[0], Months[0], Municipalities[0]));
        Assert.True(onlySmall.Total.Suppressed);
        // 9 − 6 and 14 − 11 would give the small slice away: the large slice hides its A and its total as well.
        var onlyLarge = Publication.Breakdown(Breakdown, counts, new StatisticsFilter(Months[0], Months[0], Municipalities[1]));
        Assert.True(onlyLarge.Total.Suppressed);
        Assert.True(onlyLarge.Cells.Single(c => c.Category == "A").Count.Suppressed);
        Assert.Equal(5, onlyLarge.Cells.Single(c => c.Category == "B").Count.Value);
    }

    [Fact]
    public void Quantiles_AreTakenOnlyFromTotalsThatAreShown()
    {
        var figure = new Figure("test.days", FigureShape.Durations, null);
        var slice = new Slice(Months[0], Municipalities[0], Organisations[0], Paths[0]);
        var days = new[] { 3, 5, 8, 10, 30, 90 };
        var counts = days.Select(d => new SliceCount(figure.Code, slice, DurationBins.Category(d), 1))
            .Append(new SliceCount(figure.Code, slice with { Path = Paths[1] }, DurationBins.Category(400), 2))
            .ToList();
        // The county's period of eight is shown whole. In its municipality the slice of two is hidden, and the slice of six
        // hides its total too (eight less six would give the two away): the municipality publishes no quantile.
        var published = Publication.Durations(figure, counts, new StatisticsFilter(Months[0], Months[0], Municipalities[0]));
        Assert.True(published.Count.Suppressed);
        Assert.Null(published.MedianDays);
        var county = Publication.Durations(figure, counts, new StatisticsFilter(Months[0], Months[0]));
        Assert.Equal((8, 10, DurationBins.BinOf(400)), (county.Count.Value, county.MedianDays, county.Percentile90Days));
    }

    private static List<SliceCount> RandomCounty(Random random)
    {
        var counts = new List<SliceCount>();
        foreach (var month in Months)
        foreach (var municipality in Municipalities)
        foreach (var organisation in Organisations)
        foreach (var path in Paths)
        {
            var slice = new Slice(month, municipality, organisation, path);
            int scale = random.Next(4) switch { 0 => 2, 1 => 5, 2 => 9, _ => 20 };
            foreach (var category in Categories)
            {
                int n = random.Next(3) == 0 ? 0 : random.Next(scale + 1);
                if (n > 0)
                {
                    counts.Add(new SliceCount(Breakdown.Code, slice, category, n));
                }
            }
        }
        return counts;
    }

    private static IEnumerable<Slice> Slices(DateOnly month) =>
        from municipality in Municipalities
        from organisation in Organisations
        from path in Paths
        select new Slice(month, municipality, organisation, path);

    private static IEnumerable<StatisticsFilter> Filters()
    {
        for (int from = 0; from < Months.Length; from++)
        for (int to = from; to < Months.Length; to++)
        foreach (var municipality in Municipalities.Append(null))
        foreach (var organisation in Organisations.Select(o => (Guid?)o).Append(null))
        foreach (var path in Paths.Select(p => (ServicePath?)p).Append(null))
        {
            yield return new StatisticsFilter(Months[from], Months[to], municipality, organisation, path);
        }
    }

    private static List<PublishedFigure> PublishEverything(IReadOnlyCollection<SliceCount> county, Func<Figure, DateOnly, TablePattern>? patterns = null)
    {
        var tables = new CountyTables(county, patterns);
        return Filters().Select(filter => Publication.Breakdown(Breakdown, tables, filter)).ToList();
    }

    /// <summary>The numbers a figure publishes that are sums of cells (its cells and total; what is withheld is their difference).</summary>
    private static IEnumerable<int?> Entries(PublishedFigure figure) => figure.Cells.Select(c => c.Count.Value).Append(figure.Total.Value);

    /// <summary>The span of published sums, kept in reduced row-echelon form (doubles: the sums are of ones and zeros, the system small).</summary>
    private sealed class Span
    {
        private readonly List<(int Pivot, double[] Row)> basis = [];

        public Span(IEnumerable<double[]> rows, int width)
        {
            foreach (var row in rows)
            {
                var reduced = Reduce(row);
                int pivot = Array.FindIndex(reduced, x => Math.Abs(x) > 1e-9);
                if (pivot < 0)
                {
                    continue;
                }
                double scale = reduced[pivot];
                for (int k = 0; k < width; k++)
                {
                    reduced[k] /= scale;
                }
                foreach (var (p, other) in basis)
                {
                    double factor = other[pivot];
                    if (Math.Abs(factor) > 1e-12)
                    {
                        for (int k = 0; k < width; k++)
                        {
                            other[k] -= factor * reduced[k];
                        }
                    }
                }
                basis.Add((pivot, reduced));
            }
        }

        public bool Contains(double[] vector) => Reduce(vector).All(x => Math.Abs(x) < 1e-6);

        private double[] Reduce(double[] vector)
        {
            var v = (double[])vector.Clone();
            foreach (var (pivot, row) in basis)
            {
                double factor = v[pivot];
                if (Math.Abs(factor) > 1e-12)
                {
                    for (int k = 0; k < v.Length; k++)
                    {
                        v[k] -= factor * row[k];
                    }
                }
            }
            return v;
        }
    }

    private static IEnumerable<int?> Values(PublishedFigure figure) =>
        figure.Cells.Select(c => c.Count.Value).Append(figure.Total.Value).Append(figure.Withheld.Value);
}
