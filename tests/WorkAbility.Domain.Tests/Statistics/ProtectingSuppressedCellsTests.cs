using System.Text.Json;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>
/// Property tests of small-group protection: over many random counties, a reader who sees every
/// figure for every filter combination (each month range, municipality, organisation and path, and
/// all of them) and combines them (totals, differences) can never tell a hidden cell's value,
/// because a county that differs in that cell, with the same cells hidden, publishes exactly the
/// same figures.
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
    public void EveryHiddenCell_CouldHaveAnotherValue_WithoutAnyFigureChanging()
    {
        int hiddenCellsTried = 0;
        for (int seed = 0; seed < 150; seed++)
        {
            var county = RandomCounty(new Random(seed));
            var protection = Protection(county);
            var published = Serialise(PublishEverything(county, protection));
            foreach (var slice in county.Select(c => c.Slice).Distinct())
            {
                var counts = Categories.ToDictionary(c => c, c => county.Where(x => x.Slice == slice && x.Category == c).Sum(x => x.Count));
                var row = SliceDisclosure.Breakdown(Categories, counts);
                foreach (var hidden in row.Hidden.Where(h => row.TotalShown || counts[h] > 0))
                {
                    hiddenCellsTried++;
                    var alternatives = Alternatives(county, slice, hidden, row).ToList();
                    Assert.True(alternatives.Count > 0, $"seed {seed}: no other value possible for {hidden} in {slice}");
                    Assert.True(alternatives.Any(alternative => Serialise(PublishEverything(alternative, protection)) == published),
                        $"seed {seed}: {hidden} in {slice} ({string.Join(", ", counts.Select(c => c.Key + "=" + c.Value))}) can be worked out");
                }
            }
        }
        Assert.True(hiddenCellsTried > 100, $"only {hiddenCellsTried} hidden cells were tried");
    }

    [Fact]
    public void ASingleSmallCell_IsNotLeftAloneBesideTheTotal()
    {
        var row = SliceDisclosure.Breakdown(Categories, new Dictionary<string, int> { ["A"] = 2, ["B"] = 9, ["C"] = 7, ["D"] = 0 });
        Assert.Equal(["A", "D"], row.Hidden.Order());
        Assert.Equal(18, row.Total);
    }

    [Fact]
    public void ASliceUnderFive_IsLeftOutOfEverySum()
    {
        var small = new Slice(Months[0], Municipalities[0], Organisations[0], Paths[0]);
        var large = small with { Municipality = Municipalities[1] };
        SliceCount[] counts = [new(Breakdown.Code, small, "A", 3), new(Breakdown.Code, large, "A", 6), new(Breakdown.Code, large, "B", 5)];
        var all = Publication.Breakdown(Breakdown, counts, new StatisticsFilter(Months[0], Months[0]));
        Assert.Equal(11, all.Total.Value);
        Assert.True(all.Total.Partial);
        var onlySmall = Publication.Breakdown(Breakdown, counts, new StatisticsFilter(Months[0], Months[0], Municipalities[0]));
        Assert.True(onlySmall.Total.Suppressed);
    }

    [Fact]
    public void Quantiles_AreTakenOnlyFromSlicesLargeEnoughToShow()
    {
        var figure = new Figure("test.days", FigureShape.Durations, null);
        var slice = new Slice(Months[0], Municipalities[0], Organisations[0], Paths[0]);
        var days = new[] { 3, 5, 8, 10, 30, 90 };
        var counts = days.Select(d => new SliceCount(figure.Code, slice, DurationBins.Category(d), 1))
            .Append(new SliceCount(figure.Code, slice with { Path = Paths[1] }, DurationBins.Category(400), 2))
            .ToList();
        var published = Publication.Durations(figure, counts, new StatisticsFilter(Months[0], Months[0]));
        Assert.Equal(6, published.Count.Value);
        Assert.Equal(8, published.MedianDays);
        Assert.Equal(DurationBins.BinOf(90), published.Percentile90Days);
    }

    /// <summary>Counties that differ from <paramref name="county"/> only inside one slice's hidden cells.</summary>
    private static IEnumerable<List<SliceCount>> Alternatives(List<SliceCount> county, Slice slice, string cell, SliceDisclosure.Row row)
    {
        var others = row.TotalShown ? row.Hidden.Where(h => h != cell) : Categories.Where(h => h != cell);
        foreach (var other in others)
        {
            yield return Move(county, slice, from: cell, to: other);
            yield return Move(county, slice, from: other, to: cell);
        }
        if (!row.TotalShown)
        {
            yield return Move(county, slice, from: null, to: cell);
        }
        if (!row.TotalShown && row.Total > 1)
        {
            yield return Move(county, slice, from: cell, to: null);
        }
    }

    private static List<SliceCount> Move(List<SliceCount> county, Slice slice, string? from, string? to)
    {
        var changed = county.ToList();
        if (from is not null)
        {
            var source = changed.FirstOrDefault(c => c.Slice == slice && c.Category == from && c.Count > 0);
            if (source is null)
            {
                return county;
            }
            changed[changed.IndexOf(source)] = source with { Count = source.Count - 1 };
        }
        if (to is not null)
        {
            changed.Add(new SliceCount(Breakdown.Code, slice, to, 1));
        }
        return changed;
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

    /// <summary>Each slice's hidden cells as the rule chose them for the real county, applied to whatever counts a slice has.</summary>
    private static Func<Slice, IReadOnlyList<string>, IReadOnlyDictionary<string, int>, SliceDisclosure.Row> Protection(List<SliceCount> county)
    {
        var rows = county.GroupBy(c => c.Slice).ToDictionary(g => g.Key,
            g => SliceDisclosure.Breakdown(Categories, g.GroupBy(c => c.Category).ToDictionary(c => c.Key, c => c.Sum(x => x.Count))));
        return (slice, categories, counts) =>
        {
            var real = rows[slice];
            var shown = categories.Where(c => !real.Hidden.Contains(c)).ToDictionary(c => c, c => counts.GetValueOrDefault(c));
            return new SliceDisclosure.Row(categories.Sum(c => counts.GetValueOrDefault(c)), shown, real.Hidden) { TotalShown = real.TotalShown };
        };
    }

    private static List<PublishedFigure> PublishEverything(List<SliceCount> county,
        Func<Slice, IReadOnlyList<string>, IReadOnlyDictionary<string, int>, SliceDisclosure.Row>? protection = null)
    {
        var figures = new List<PublishedFigure>();
        for (int from = 0; from < Months.Length; from++)
        for (int to = from; to < Months.Length; to++)
        foreach (var municipality in Municipalities.Append(null))
        foreach (var organisation in Organisations.Select(o => (Guid?)o).Append(null))
        foreach (var path in Paths.Select(p => (ServicePath?)p).Append(null))
        {
            var filter = new StatisticsFilter(Months[from], Months[to], municipality, organisation, path);
            figures.Add(protection is null ? Publication.Breakdown(Breakdown, county, filter) : Publication.Breakdown(Breakdown, county, filter, protection));
        }
        return figures;
    }

    private static IEnumerable<int?> Values(PublishedFigure figure) =>
        figure.Cells.Select(c => c.Count.Value).Append(figure.Total.Value).Append(figure.Withheld.Value);

    private static string Serialise(List<PublishedFigure> figures) => JsonSerializer.Serialize(figures);
}
