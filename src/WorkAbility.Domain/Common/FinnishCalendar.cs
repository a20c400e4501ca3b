namespace WorkAbility.Domain.Common;

/// <summary>
/// The one calendar of the service model: days, ages, deadlines and consent validity are counted
/// by the date in Finland (Europe/Helsinki), never by the UTC date, which is a different day for
/// two or three hours every night.
/// </summary>
public static class FinnishCalendar
{
    public const string TimeZoneId = "Europe/Helsinki";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Today in Finland by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The Finnish date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>The Finnish wall-clock time of an instant.</summary>
    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>A Finnish wall-clock time (as typed in a form) as an instant.</summary>
    public static DateTimeOffset FromLocalTime(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
