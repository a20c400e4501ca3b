namespace WorkAbility.Domain.Statistics;

/// <summary>
/// Which cells of one slice's breakdown may be shown, so that nobody can be recognised in them.
/// <list type="bullet">
/// <item>Primary suppression: a cell counting 1–4 is hidden.</item>
/// <item>A slice whose whole count is 1–4 is hidden entirely (its total too) and never enters a sum.</item>
/// <item>Secondary suppression: the slice total is public, so a single hidden cell could be worked out as
/// total − shown cells, and two hidden small cells adding up to 8 must both be 4. While the hidden
/// cells could be pinned like that, the smallest shown cell (an empty one first) is hidden as well.</item>
/// </list>
/// Published sums only ever add shown cells and shown slice totals, so a hidden cell never enters any
/// figure, whichever filters are combined: totals and differences between filters (any linear
/// combination of what is shown) leave every hidden cell open (tested as a property in the domain tests).
/// </summary>
public static class SliceDisclosure
{
    public sealed record Row(int Total, IReadOnlyDictionary<string, int> Shown, IReadOnlySet<string> Hidden)
    {
        /// <summary>False when the slice is too small to show at all.</summary>
        public bool TotalShown { get; init; } = true;
    }

    /// <summary>
    /// Protects one slice of a breakdown whose categories split the slice's count (each counted thing
    /// in exactly one category). <paramref name="categories"/> lists every category, empty ones too,
    /// in the order used to break ties.
    /// </summary>
    public static Row Breakdown(IReadOnlyList<string> categories, IReadOnlyDictionary<string, int> counts)
    {
        int total = categories.Sum(c => counts.GetValueOrDefault(c));
        if (SmallGroups.Reveal(total) is null)
        {
            return new Row(total, new Dictionary<string, int>(), categories.ToHashSet()) { TotalShown = false };
        }
        var hidden = categories.Where(c => SmallGroups.Reveal(counts.GetValueOrDefault(c)) is null).ToHashSet();
        while (hidden.Count > 0 && Pinned(hidden, counts))
        {
            var companion = categories.Where(c => !hidden.Contains(c))
                .OrderBy(c => counts.GetValueOrDefault(c))
                .Select(c => (string?)c)
                .FirstOrDefault();
            if (companion is null)
            {
                return new Row(total, new Dictionary<string, int>(), categories.ToHashSet()) { TotalShown = false };
            }
            hidden.Add(companion);
        }
        var shown = categories.Where(c => !hidden.Contains(c)).ToDictionary(c => c, c => counts.GetValueOrDefault(c));
        return new Row(total, shown, hidden);
    }

    /// <summary>
    /// Whether a reader could pin a hidden cell from the slice total: one hidden cell is the total
    /// less the shown ones; hidden cells that can only be small (1–4) and add up to exactly 1 or
    /// exactly 4 each are each 1 or each 4.
    /// </summary>
    private static bool Pinned(IReadOnlySet<string> hidden, IReadOnlyDictionary<string, int> counts)
    {
        if (hidden.Count == 1)
        {
            return true;
        }
        var values = hidden.Select(c => counts.GetValueOrDefault(c)).ToList();
        if (values.Any(v => SmallGroups.Reveal(v) is not null))
        {
            return false;
        }
        int sum = values.Sum();
        return sum == values.Count || sum == (SmallGroups.Threshold - 1) * values.Count;
    }

    /// <summary>
    /// Protects one slice of a figure whose categories overlap (one person may be in several): no sum
    /// ties the cells together, so each cell under five is hidden on its own.
    /// </summary>
    public static Row Overlapping(IReadOnlyList<string> categories, IReadOnlyDictionary<string, int> counts, int population)
    {
        if (SmallGroups.Reveal(population) is null)
        {
            // "none of the three is X" says something about each of the three.
            return new Row(population, new Dictionary<string, int>(), categories.ToHashSet()) { TotalShown = false };
        }
        var hidden = categories.Where(c => SmallGroups.Reveal(counts.GetValueOrDefault(c)) is null).ToHashSet();
        var shown = categories.Where(c => !hidden.Contains(c)).ToDictionary(c => c, c => counts.GetValueOrDefault(c));
        return new Row(population, shown, hidden);
    }
}
