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

    /// <summary>The first and last dates the service deals in: a date outside them is a typing mistake, answered as such.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2199, 12, 31);

    /// <summary>Whether <paramref name="date"/> is within <see cref="EarliestDate"/>..<see cref="LatestDate"/>.</summary>
    public static bool Supports(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Adds "date_out_of_range" for <paramref name="field"/> when a given date is outside the supported range.</summary>
    public static void CheckRange(DateOnly? date, string field, List<FieldError> errors)
    {
        if (date is { } d && !Supports(d))
        {
            errors.Add(new FieldError(field, "date_out_of_range"));
        }
    }

    /// <summary>Today in Finland by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The Finnish date of an instant.</summary>
    /// <summary>Noon of a day in Finland: the moment a record that carries only its date (a Kykyviisari result) is taken to be from.</summary>
    public static DateTimeOffset NoonOf(DateOnly day) => FromLocalTime(day.ToDateTime(new TimeOnly(12, 0)));

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
