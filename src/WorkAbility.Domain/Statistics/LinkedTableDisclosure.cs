namespace WorkAbility.Domain.Statistics;

/// <summary>
/// Protects one figure's period as a whole, so that the county's own figures can be published exactly (ADR 0012):
/// <list type="number">
/// <item>Each slice is protected on its own (<see cref="SliceDisclosure"/>), and so is the county's row of column sums.</item>
/// <item>The audit (<see cref="DerivationAudit"/>) looks for a group of 1–4 — a slice's cell or total, a filter's cell or
///   total, the county's — that the published cells would give away. For each one found, two or three more cells are
///   hidden so that a cycle of hidden cells runs through the group and out of it (the cheapest rectangle: cells already
///   hidden cost nothing, small cells little, the county's row and the totals much, so the county's figures stay
///   exact).</item>
/// <item>Hiding more never makes anything easier to work out (cycles only join), so the loop ends; if it should still find
///   something after many rounds, the county row is not published and the county view falls back to adding up the
///   slices' shown cells, which never lets a hidden cell into a sum.</item>
/// </list>
/// </summary>
public static class LinkedTableDisclosure
{
    private const int MaxRounds = 400;

    /// <param name="populations">For overlapping categories, each slice's population (a breakdown's slice total is its own).</param>
    public static TablePattern Protect(IReadOnlyList<string> categories, IReadOnlyDictionary<Slice, IReadOnlyDictionary<string, int>> slices,
        IReadOnlyDictionary<Slice, int>? populations = null)
    {
        bool additive = populations is null;
        var order = slices.Keys.OrderBy(s => s.Municipality, StringComparer.Ordinal).ThenBy(s => s.OrganisationId).ThenBy(s => s.Path).ToList();
        var table = new LinkedTable(categories, order, order.Select(s => slices[s]).ToList(), additive);
        var primary = new Dictionary<Slice, LinePattern>();
        for (int r = 0; r < order.Count; r++)
        {
            var line = additive ? SliceDisclosure.Breakdown(categories, slices[order[r]]) : SliceDisclosure.Overlapping(categories, slices[order[r]], populations!.GetValueOrDefault(order[r]));
            primary[order[r]] = LinePattern.Of(line);
            table.Hide(r, line);
        }
        var columnSums = Enumerable.Range(0, categories.Count).ToDictionary(c => categories[c], c => table.Values[table.County, c]);
        table.Hide(table.County, additive ? SliceDisclosure.Breakdown(categories, columnSums) : SliceDisclosure.Overlapping(categories, columnSums, populations!.Values.Sum()));

        var groups = table.Groups();
        for (int round = 0; round < MaxRounds; round++)
        {
            var finding = DerivationAudit.Find(table, groups);
            if (finding is null)
            {
                return new TablePattern(order.Select((s, r) => (s, r)).ToDictionary(x => x.s, x => table.PatternOf(x.r)), table.PatternOf(table.County), CountyShown: true);
            }
            if (!Open(table, finding))
            {
                break;
            }
        }
        var county = new LinePattern(categories.ToHashSet(), TotalShown: false);
        return new TablePattern(primary, county, CountyShown: false);
    }

    /// <summary>Hides the cheapest cells that put the group's first hidden cell on a cycle with a cell outside the group.</summary>
    private static bool Open(LinkedTable table, DerivationAudit.Finding finding)
    {
        int c = finding.Column, r1 = finding.HiddenRows[0];
        var inside = finding.Group.ToHashSet();
        long best = long.MaxValue;
        (int Row, int Column)[] chosen = [];
        for (int r2 = 0; r2 < table.Rows; r2++)
        {
            if (inside.Contains(r2))
            {
                continue;
            }
            if (!table.Additive)
            {
                // No row equations: another hidden cell of the column outside the group is enough.
                long single = Cost(table, r2, c);
                if (single < best)
                {
                    (best, chosen) = (single, [(r2, c)]);
                }
                continue;
            }
            for (int y = 0; y < table.Columns; y++)
            {
                if (y == c)
                {
                    continue;
                }
                long cost = Cost(table, r2, c) + Cost(table, r1, y) + Cost(table, r2, y);
                if (cost < best)
                {
                    (best, chosen) = (cost, [(r2, c), (r1, y), (r2, y)]);
                }
            }
        }
        if (chosen.Length == 0 || chosen.All(x => table.Hidden[x.Row, x.Column]))
        {
            return false;
        }
        foreach (var (row, column) in chosen)
        {
            table.Hidden[row, column] = true;
        }
        return true;
    }

    /// <summary>What hiding a cell costs: nothing when hidden already; otherwise its size, and much more on the county's row or the totals.</summary>
    private static long Cost(LinkedTable table, int row, int column)
    {
        if (table.Hidden[row, column])
        {
            return 0;
        }
        bool countyRow = row == table.County, totalColumn = table.Additive && column == table.Total;
        long penalty = countyRow && totalColumn ? 1_000_000_000 : countyRow ? 10_000_000 : totalColumn ? 100_000 : 0;
        return 1 + table.Values[row, column] + penalty;
    }
}
