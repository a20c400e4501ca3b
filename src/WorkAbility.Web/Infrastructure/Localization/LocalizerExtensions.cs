using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Infrastructure.Localization;

public static class LocalizerExtensions
{
    /// <summary>The localized name of an enum member (key <c>Enum.Type.Member</c>); never the raw name.</summary>
    public static string Enum<T>(this IStringLocalizer<SharedResource> localizer, T value) where T : struct, System.Enum =>
        localizer[$"Enum.{typeof(T).Name}.{value}"];

    /// <summary>The localized message for a domain error code (key <c>Error.code</c>).</summary>
    public static string Error(this IStringLocalizer localizer, string code)
    {
        var text = localizer["Error." + code];
        return text.ResourceNotFound ? localizer["Error.ValidationTitle"] : text.Value;
    }

    /// <summary>A date in fi-FI form (23.11.2026), in Helsinki time.</summary>
    public static string FinnishDate(this DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Helsinki).ToString("d.M.yyyy", Languages.FormatCulture);

    /// <summary>A calendar date in fi-FI form (23.11.2026).</summary>
    public static string FinnishDate(this DateOnly value) => value.ToString("d.M.yyyy", Languages.FormatCulture);

    /// <summary>A date and time in fi-FI form (23.11.2026 14.07), in Helsinki time.</summary>
    public static string FinnishDateTime(this DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Helsinki).ToString("d.M.yyyy H.mm", Languages.FormatCulture);

    /// <summary>A time typed in a form (date-time field, Helsinki wall clock) as an instant.</summary>
    public static DateTimeOffset FromHelsinki(DateTime local) => FinnishCalendar.FromLocalTime(local);

    /// <summary>The value of a date-time form field (invariant ISO form, Helsinki wall clock).</summary>
    public static string HelsinkiInputValue(this DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Helsinki).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo Helsinki => FinnishCalendar.Zone;
}
