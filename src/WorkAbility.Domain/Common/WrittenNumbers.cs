using System.Globalization;

namespace WorkAbility.Domain.Common;

/// <summary>Numbers as people in Finland write them: spaces (also no-break and narrow) between thousands, a decimal comma.</summary>
public static class WrittenNumbers
{
    /// <summary>A whole number of at most nine digits ("12 345"); null when it is not one.</summary>
    public static int? WholeNumber(string text)
    {
        var digits = Compact(text);
        return digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Euros with a decimal comma or point, a euro sign allowed ("1 200,50 €"); null when it is not such a number.</summary>
    public static decimal? Euros(string text)
    {
        var compact = Compact(text).Replace("€", "", StringComparison.Ordinal).Replace(',', '.');
        return compact.Length is > 0 and <= 12 && decimal.TryParse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) ? euros : null;
    }

    // char.IsWhiteSpace covers the no-break (U+00A0) and narrow no-break (U+202F) spaces fi-FI formatting writes.
    private static string Compact(string text) => new(text.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
}
