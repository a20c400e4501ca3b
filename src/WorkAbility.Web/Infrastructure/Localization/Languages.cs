using System.Globalization;

namespace WorkAbility.Web.Infrastructure.Localization;

/// <summary>
/// The UI languages: Finnish first, then Swedish and English; for the client's own pages also selkosuomi, plain Finnish
/// (F40). Formats stay fi-FI in all of them.
/// </summary>
public static class Languages
{
    public const string Finnish = "fi-FI";
    public const string Swedish = "sv-FI";
    public const string English = "en-FI";

    /// <summary>Selkosuomi: Finnish with a variant subtag, which ICU accepts and falls back from to Finnish (its name is upper-cased).</summary>
    public const string PlainFinnish = "fi-FI-selko";

    /// <summary>The full languages: every page, every printout.</summary>
    public static IReadOnlyList<string> All { get; } = [Finnish, Swedish, English];

    /// <summary>The languages offered to clients and people not signed in: selkosuomi beside the full three.</summary>
    public static IReadOnlyList<string> ForClients { get; } = [Finnish, PlainFinnish, Swedish, English];

    public static bool IsPlainFinnish(CultureInfo culture) => string.Equals(culture.Name, PlainFinnish, StringComparison.OrdinalIgnoreCase);

    /// <summary>The code a language is stored and labelled by: fi, selko, sv or en.</summary>
    public static string Code(string culture) =>
        string.Equals(culture, PlainFinnish, StringComparison.OrdinalIgnoreCase) ? "selko" : TwoLetter(culture);

    /// <summary>Dates and numbers are shown the Finnish way (5.3.2026, −1 234,5) whatever the language.</summary>
    public static CultureInfo FormatCulture { get; } = CultureInfo.GetCultureInfo(Finnish);

    /// <summary>The UI culture of a language code (fi, selko, sv, en); Finnish for anything else.</summary>
    public static string OfTwoLetter(string? code) => code switch { "sv" => Swedish, "en" => English, "selko" => PlainFinnish, _ => Finnish };

    /// <summary>Two-letter code for the html lang attribute and the language switcher's labels.</summary>
    public static string TwoLetter(string culture) => CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName;
}
