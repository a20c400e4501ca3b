using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkAbility.Domain.Access;

/// <summary>
/// An entry of the access log as versions before the keyed chain wrote it: plain SHA-256 chained
/// by sequence, over the timestamp in 100 ns ticks. The databases keep less than that (PostgreSQL
/// microseconds, SQLite's binary form 100 µs), so the stored time is the written one truncated;
/// <see cref="Verifies"/> tries the instants the stored value can stand for.
/// </summary>
public sealed class LegacyAccessLogEntry
{
    public const string GenesisHash = AccessLogSeal.Genesis;

    private LegacyAccessLogEntry()
    {
        UserId = Resource = Purpose = PreviousHash = Hash = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string UserId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public string? Role { get; private set; }
    public Guid? ClientId { get; private set; }
    public AccessAction Action { get; private set; }
    public string Resource { get; private set; }
    public string Purpose { get; private set; }
    public bool Allowed { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    /// <summary>How the earlier version made an entry (kept for tests of the upgrade path).</summary>
    public static LegacyAccessLogEntry Chain(long sequence, string previousHash, DateTimeOffset occurredAt, string userId, Guid? organisationId,
        string? role, Guid? clientId, AccessAction action, string resource, string purpose, bool allowed)
    {
        var entry = new LegacyAccessLogEntry
        {
            Sequence = sequence, OccurredAt = occurredAt.ToUniversalTime(), UserId = userId, OrganisationId = organisationId, Role = role,
            ClientId = clientId, Action = action, Resource = resource, Purpose = purpose, Allowed = allowed, PreviousHash = previousHash,
        };
        entry.Hash = entry.HashAt(entry.OccurredAt.UtcTicks);
        return entry;
    }

    /// <summary>
    /// Whether the stored hash is the hash of this content at the stored time or at any instant the
    /// stored (truncated) time can stand for: up to 1,000 ticks below a whole 100 µs, 10 below a
    /// whole microsecond.
    /// </summary>
    public bool Verifies()
    {
        long stored = OccurredAt.UtcTicks;
        if (HashAt(stored) == Hash)
        {
            return true;
        }
        int lost = stored % 1000 == 0 ? 1000 : stored % 10 == 0 ? 10 : 1;
        for (int k = 1; k < lost; k++)
        {
            if (HashAt(stored + k) == Hash)
            {
                return true;
            }
        }
        return false;
    }

    private string HashAt(long utcTicks)
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            utcTicks.ToString(CultureInfo.InvariantCulture),
            AccessLogEntry.CanonicalContent(UserId, OrganisationId, Role, ClientId, Action, Resource, Purpose, Allowed),
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
