using System.Globalization;

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
/// One line of the access log (käyttöloki): who, in which organisation and role, touched which
/// client's data, how, on what basis, allowed or denied, and when. Entries are written in the
/// request's own transaction without any lock; <see cref="AccessLogSeal"/> chains them afterwards.
/// </summary>
public sealed class AccessLogEntry
{
    public const int TextMaxLength = 200;

    private AccessLogEntry()
    {
        UserId = Resource = Purpose = string.Empty;
    }

    /// <summary>Insertion order, assigned by the database; the sealer chains entries in this order.</summary>
    public long Id { get; private set; }

    /// <summary>UTC, whole milliseconds: the precision both databases give back exactly (the MAC covers it).</summary>
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

    public static AccessLogEntry Record(DateTimeOffset occurredAt, string userId, Guid? organisationId, string? role, Guid? clientId,
        AccessAction action, string resource, string purpose, bool allowed) => new()
    {
        OccurredAt = ToStoredPrecision(occurredAt),
        UserId = Fit(userId),
        OrganisationId = organisationId,
        Role = role,
        ClientId = clientId,
        Action = action,
        Resource = Fit(resource),
        Purpose = Fit(purpose),
        Allowed = allowed,
    };

    /// <summary>Gives the entry its place as the database would (unit tests of the chain).</summary>
    internal AccessLogEntry Placed(long id)
    {
        Id = id;
        return this;
    }

    /// <summary>A time as the log stores it: UTC, truncated to whole milliseconds.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The entry's content in one culture-invariant form: what a seal's MAC covers.</summary>
    public string Canonical() => string.Join('\u001f',
        Id.ToString(CultureInfo.InvariantCulture),
        ToStoredPrecision(OccurredAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        CanonicalContent(UserId, OrganisationId, Role, ClientId, Action, Resource, Purpose, Allowed));

    /// <summary>Who, where, whom, what and the decision, culture-invariant: shared with the legacy hash.</summary>
    internal static string CanonicalContent(string userId, Guid? organisationId, string? role, Guid? clientId, AccessAction action,
        string resource, string purpose, bool allowed) => string.Join('\u001f',
        userId,
        organisationId?.ToString("N") ?? "",
        role ?? "",
        clientId?.ToString("N") ?? "",
        action.ToString(),
        resource,
        purpose,
        allowed ? "1" : "0");

    private static string Fit(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}
