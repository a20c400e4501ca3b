namespace WorkAbility.Domain.Common;

/// <summary>
/// Working days as a Finnish public office keeps them: Monday to Friday, less the public holidays of the Finnish calendar
/// (the maintained <c>PublicHoliday</c> package, not a hand list) and Christmas Eve and Midsummer Eve, which are not
/// holidays in law but on which the public sector's offices are closed by its collective agreements.
/// </summary>
public static class WorkingDays
{
    private static readonly PublicHoliday.FinlandPublicHoliday Holidays = new();

    public static bool IsWorkingDay(DateOnly day)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day is { Month: 12, Day: 24 } || IsMidsummerEve(day))
        {
            return false;
        }
        return !Holidays.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>How many working days have passed after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        int count = 0;
        // A year holds about 250 working days: a count over a long gap is cut short once it is far beyond any limit asked.
        for (var day = from.AddDays(1); day <= to && count < 1000; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public static DateOnly After(DateOnly from, int days)
    {
        var day = from;
        for (int left = Math.Max(0, days); left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    /// <summary>Midsummer Eve is the Friday between 19 and 25 June.</summary>
    private static bool IsMidsummerEve(DateOnly day) => day is { Month: 6, Day: >= 19 and <= 25, DayOfWeek: DayOfWeek.Friday };
}
