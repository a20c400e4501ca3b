using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkAbility.Domain.Access;

public enum AccessAction
{
    Read,
    Search,
    Create,
    Update,
    Delete,
    Export,
}

/// <summary>
/// One line of the access log (käyttöloki). Entries form a hash chain: each carries the SHA-256
/// hash of the previous entry and of its own canonical content, so changing, removing, inserting
/// or reordering any entry breaks the chain at that point.
/// </summary>
public sealed class AccessLogEntry
{
    public const int TextMaxLength = 200;

    private AccessLogEntry()
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

    /// <summary>What was accessed, e.g. "client", "client.search", "case.timeline".</summary>
    public string Resource { get; private set; }

    /// <summary>The basis of an allowed access or the reason of a denied one.</summary>
    public string Purpose { get; private set; }

    public bool Allowed { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    /// <summary>The hash the first entry points back to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static AccessLogEntry Chain(long sequence, string previousHash, DateTimeOffset occurredAt, string userId, Guid? organisationId,
        string? role, Guid? clientId, AccessAction action, string resource, string purpose, bool allowed)
    {
        var entry = new AccessLogEntry
        {
            Sequence = sequence,
            OccurredAt = occurredAt.ToUniversalTime(),
            UserId = userId,
            OrganisationId = organisationId,
            Role = role,
            ClientId = clientId,
            Action = action,
            Resource = resource,
            Purpose = purpose,
            Allowed = allowed,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 over the canonical, culture-invariant form of every field and the previous hash.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.ToUniversalTime().UtcTicks.ToString(CultureInfo.InvariantCulture),
            UserId,
            OrganisationId?.ToString("N") ?? "",
            Role ?? "",
            ClientId?.ToString("N") ?? "",
            Action.ToString(),
            Resource,
            Purpose,
            Allowed ? "1" : "0",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
