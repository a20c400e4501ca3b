namespace WorkAbility.Web.Features.Shared;

/// <summary>RFC 4180 text for downloads: fields quoted when they must be, lines ended with CRLF.</summary>
public static class CsvText
{
    public static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    public static string Line(params string[] fields) => string.Join(',', fields.Select(Field)) + "\r\n";
}
