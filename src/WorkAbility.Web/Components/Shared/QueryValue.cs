using System.Globalization;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// Query-string values a page reads as text and parses itself: a typed query parameter that does not
/// parse ("?sivu=kaksi") would stop the page with an error, where a wrong link should just be ignored.
/// </summary>
public static class QueryValue
{
    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    public static Guid? Id(string? text) => Guid.TryParse(text, out var value) ? value : null;
}
