namespace WorkAbility.Domain.Notifications;

/// <summary>
/// When the client is reminded of a meeting they take part in (F40; seed 004: clients drop out between appointments):
/// once when it is two days away or less, once more when it is two hours away or less. A meeting made for the next hour
/// gets only the second.
/// </summary>
public static class MeetingReminder
{
    public static readonly TimeSpan TwoDays = TimeSpan.FromHours(48), TwoHours = TimeSpan.FromHours(2);

    /// <summary>The reminder due now for a meeting starting at <paramref name="start"/>; none for one past or further away.</summary>
    public static ClientNoticeKind? Due(DateTimeOffset start, DateTimeOffset now)
    {
        var left = start - now;
        return left <= TimeSpan.Zero ? null
            : left <= TwoHours ? ClientNoticeKind.MeetingInTwoHours
            : left <= TwoDays ? ClientNoticeKind.MeetingInTwoDays
            : null;
    }
}
