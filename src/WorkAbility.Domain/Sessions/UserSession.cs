namespace WorkAbility.Domain.Sessions;

/// <summary>
/// A signed-in session, kept on the server so that signing out (or an administrator) really
/// ends it: a copied cookie of an ended session is worthless. Holds no personal data beyond the
/// user id.
/// </summary>
public sealed class UserSession
{
    private UserSession() => UserId = string.Empty;

    public Guid Id { get; private set; }
    public string UserId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public static UserSession Start(string userId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), UserId = userId, StartedAt = now, LastSeenAt = now };

    /// <summary>Whether the session may still be used: not ended, not idle too long, not too old.</summary>
    public bool IsValid(DateTimeOffset now, TimeSpan inactivity, TimeSpan absolute) =>
        EndedAt is null && now - LastSeenAt <= inactivity && now - StartedAt <= absolute;

    /// <summary>Records activity; only every minute, so a busy user does not write on every request.</summary>
    public bool Touch(DateTimeOffset now)
    {
        if (now - LastSeenAt < TimeSpan.FromMinutes(1))
        {
            return false;
        }
        LastSeenAt = now;
        return true;
    }

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
