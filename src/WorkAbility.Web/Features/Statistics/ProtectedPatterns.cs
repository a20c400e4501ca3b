using System.Collections.Concurrent;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// The protection of each figure's period, kept between views until the rollup next takes in changes: it depends only on
/// the period's counts, which change only then, and working it out for a year of figures takes longer than the rest of a view.
/// </summary>
public sealed class ProtectedPatterns
{
    private readonly Lock gate = new();
    private DateTimeOffset? counted;
    private ConcurrentDictionary<(string Figure, DateOnly Period), TablePattern> patterns = new();

    /// <summary>The patterns for counts as the rollup left them at <paramref name="refreshedAt"/> (read before the counts).</summary>
    public IDictionary<(string Figure, DateOnly Period), TablePattern> For(DateTimeOffset? refreshedAt)
    {
        lock (gate)
        {
            if (counted != refreshedAt)
            {
                counted = refreshedAt;
                patterns = new ConcurrentDictionary<(string Figure, DateOnly Period), TablePattern>();
            }
            return patterns;
        }
    }
}
