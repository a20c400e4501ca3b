namespace WorkAbility.Domain.Statistics;

/// <summary>Which cells of one line (a slice, or the whole county) are hidden, and whether its total is shown.</summary>
public sealed record LinePattern(IReadOnlySet<string> Hidden, bool TotalShown)
{
    /// <summary>The line's counts as published under this pattern.</summary>
    /// <param name="population">For overlapping categories, the line's population (its total); a breakdown's total is its cells' sum.</param>
    public SliceDisclosure.Row Apply(IReadOnlyList<string> categories, IReadOnlyDictionary<string, int> counts, int? population = null) =>
        new(population ?? categories.Sum(c => counts.GetValueOrDefault(c)),
            categories.Where(c => !Hidden.Contains(c)).ToDictionary(c => c, c => counts.GetValueOrDefault(c)), Hidden)
        { TotalShown = TotalShown };

    public static LinePattern Of(SliceDisclosure.Row row) => new(row.Hidden, row.TotalShown);
}

/// <summary>
/// What one figure publishes for one kept period: every slice's line and the county's own line, protected together
/// (<see cref="LinkedTableDisclosure"/>). <see cref="CountyShown"/> false: the county line could not be protected beside
/// the slices, and the county view adds up the slices' shown cells instead.
/// </summary>
public sealed record TablePattern(IReadOnlyDictionary<Slice, LinePattern> Rows, LinePattern County, bool CountyShown);

/// <summary>
/// One figure's counts in one kept period (a month, quarter or year): a row per slice with anything counted, and the
/// county's row (the column sums). The table is seen as the extended table of protection theory: rows are the slices and
/// the county ("K"), columns are the categories and the row total ("Σ"), and every row and column of it adds up to zero
/// when the county row and the total column are taken with their sign turned. A hidden cell is an unknown; a published
/// cell is a constant.
/// </summary>
internal sealed class LinkedTable
{
    public LinkedTable(IReadOnlyList<string> categories, IReadOnlyList<Slice> slices, IReadOnlyList<IReadOnlyDictionary<string, int>> counts, bool additive)
    {
        Categories = categories;
        Slices = slices;
        Additive = additive;
        Rows = slices.Count + 1;
        Columns = categories.Count + (additive ? 1 : 0);
        Values = new int[Rows, Columns];
        Hidden = new bool[Rows, Columns];
        TotalShown = new bool[Rows];
        for (int r = 0; r < slices.Count; r++)
        {
            for (int c = 0; c < categories.Count; c++)
            {
                int n = counts[r].GetValueOrDefault(categories[c]);
                Values[r, c] = n;
                Values[County, c] += n;
                if (additive)
                {
                    Values[r, Total] += n;
                    Values[County, Total] += n;
                }
            }
        }
    }

    public IReadOnlyList<string> Categories { get; }
    public IReadOnlyList<Slice> Slices { get; }

    /// <summary>Breakdown: each counted thing in one category, so the row total is a column. Overlapping: no totals.</summary>
    public bool Additive { get; }

    public int Rows { get; }
    public int Columns { get; }
    public int County => Rows - 1;

    /// <summary>The row-total column (breakdowns only).</summary>
    public int Total => Categories.Count;

    public int[,] Values { get; }
    public bool[,] Hidden { get; }

    /// <summary>Whether each row's total (or, for overlapping categories, its population) is shown, as its own protection said.</summary>
    private bool[] TotalShown { get; }

    public void Hide(int row, SliceDisclosure.Row line)
    {
        for (int c = 0; c < Categories.Count; c++)
        {
            Hidden[row, c] = line.Hidden.Contains(Categories[c]);
        }
        TotalShown[row] = line.TotalShown;
        if (Additive)
        {
            Hidden[row, Total] = !line.TotalShown;
        }
    }

    public LinePattern PatternOf(int row) => new(
        Enumerable.Range(0, Categories.Count).Where(c => Hidden[row, c]).Select(c => Categories[c]).ToHashSet(),
        Additive ? !Hidden[row, Total] : TotalShown[row]);

    /// <summary>
    /// The groups a reader can ask for in this period: for each filter (a municipality, an organisation, a path, or any of
    /// them together, or none: the county), the slices it takes. The county is asked as its own row too.
    /// </summary>
    public IReadOnlyList<int[]> Groups()
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int r = 0; r < Slices.Count; r++)
        {
            var s = Slices[r];
            for (int mask = 0; mask < 8; mask++)
            {
                string key = string.Join('|', (mask & 1) != 0 ? s.Municipality : "*", (mask & 2) != 0 ? s.OrganisationId.ToString() : "*",
                    (mask & 4) != 0 ? s.Path.ToString() : "*");
                if (!groups.TryGetValue(key, out var rows))
                {
                    groups[key] = rows = [];
                }
                rows.Add(r);
            }
        }
        return [.. groups.Values.Select(g => g.ToArray()), [County]];
    }
}
