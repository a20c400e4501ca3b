namespace WorkAbility.Domain.Statistics;

/// <summary>
/// Statistics never show a group so small that a person could be recognised in it: counts from 1
/// to <see cref="Threshold"/> − 1 are suppressed (shown as "under 5"), and a total is suppressed
/// when it would let a single suppressed cell be worked out.
/// </summary>
public static class SmallGroups
{
    public const int Threshold = 5;

    /// <summary>The count if it may be shown; null when it must be suppressed. Zero is shown.</summary>
    public static int? Reveal(int count) => count is 0 or >= Threshold ? count : null;

    /// <summary>
    /// The total that may be shown beside cells: if exactly one cell is suppressed, publishing the
    /// true total would reveal it, so the total is suppressed too.
    /// </summary>
    public static int? RevealTotal(IReadOnlyCollection<int> cells)
    {
        int suppressed = cells.Count(c => Reveal(c) is null);
        int total = cells.Sum();
        return suppressed == 1 ? null : Reveal(total);
    }
}
