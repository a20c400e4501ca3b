using System.Text.RegularExpressions;

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>Posts a page's form as a browser does: the page is opened first for its antiforgery token; repeated fields (checkbox lists) stay repeated.</summary>
internal static partial class PageForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpResponseMessage> Post(HttpClient http, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await http.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        var content = fields.Append(new("_handler", handler)).Append(new("__RequestVerificationToken", Token().Match(page).Groups[1].Value));
        return await http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(content), ct);
    }
}
