using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkAbility.Domain.Access;

/// <summary>
/// One link of the access log's chain: entry <see cref="EntryId"/> is the <see cref="Sequence"/>th
/// entry, and <see cref="Mac"/> is an HMAC-SHA-256 — keyed with a secret held outside the
/// database — over the sequence, the previous link's MAC, the key id and the entry's canonical
/// content. Changing, removing, inserting or reordering any entry or link breaks the chain at that
/// sequence, and nobody without the key can compute a chain that verifies.
/// </summary>
public sealed class AccessLogSeal
{
    /// <summary>The MAC the first link points back to when there is no earlier segment.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const int KeyIdMaxLength = 40;

    private AccessLogSeal()
    {
        KeyId = PreviousMac = Mac = string.Empty;
    }

    public long Sequence { get; private set; }
    public long EntryId { get; private set; }
    public string KeyId { get; private set; }
    public string PreviousMac { get; private set; }
    public string Mac { get; private set; }
    public DateTimeOffset SealedAt { get; private set; }

    public static AccessLogSeal Link(long sequence, string previousMac, string keyId, ReadOnlySpan<byte> key, AccessLogEntry entry, DateTimeOffset sealedAt)
    {
        if (entry.Id <= 0)
        {
            throw new InvalidOperationException("An entry is sealed only after the database has given it its place.");
        }
        return new AccessLogSeal
        {
            Sequence = sequence,
            EntryId = entry.Id,
            KeyId = keyId,
            PreviousMac = previousMac,
            Mac = ComputeMac(key, sequence, previousMac, keyId, entry),
            SealedAt = AccessLogEntry.ToStoredPrecision(sealedAt),
        };
    }

    public static string ComputeMac(ReadOnlySpan<byte> key, long sequence, string previousMac, string keyId, AccessLogEntry entry)
    {
        var canonical = string.Join('\u001f', "v2", sequence.ToString(CultureInfo.InvariantCulture), previousMac, keyId, entry.Canonical());
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }
}
