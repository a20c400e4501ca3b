namespace WorkAbility.Web.Features.Shared;

/// <summary>RFC 4180 text for downloads: fields quoted when they must be, lines ended with CRLF.</summary>
public static class CsvText
{
    public static string Field(string text, char separator = ',') =>
        text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    public static string Line(params string[] fields) => string.Join(',', fields.Select(f => Field(f))) + "\r\n";

    /// <summary>A line separated by semicolons: what Excel in a Finnish or Swedish locale splits a double-clicked file on.</summary>
    public static string ExcelLine(params string[] fields) => string.Join(';', fields.Select(f => Field(f, ';'))) + "\r\n";
}
