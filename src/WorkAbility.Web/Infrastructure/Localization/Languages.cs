using System.Globalization;

namespace WorkAbility.Web.Infrastructure.Localization;

/// <summary>The UI languages: Finnish first, then Swedish and English. Formats stay fi-FI in all three.</summary>
public static class Languages
{
    public const string Finnish = "fi-FI";
    public const string Swedish = "sv-FI";
    public const string English = "en-FI";

    public static IReadOnlyList<string> All { get; } = [Finnish, Swedish, English];

    /// <summary>Dates and numbers are shown the Finnish way (5.3.2026, −1 234,5) whatever the language.</summary>
    public static CultureInfo FormatCulture { get; } = CultureInfo.GetCultureInfo(Finnish);

    /// <summary>The UI culture of a two-letter language code (fi, sv, en); Finnish for anything else.</summary>
    public static string OfTwoLetter(string? code) => code switch { "sv" => Swedish, "en" => English, _ => Finnish };

    /// <summary>Two-letter code for the html lang attribute and the language switcher's labels.</summary>
    public static string TwoLetter(string culture) => CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
}
