using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// Every kind of page any demo user reaches fits a phone: each user's links are followed over HTTP (the browser's own
/// session), and the first page of each kind is opened in chromium at 390 px — no page may be wider than the screen
/// (a wide table scrolls inside its own focusable box instead).
/// </summary>
public sealed partial class FittingAPhoneTests(Chromium chromium) : JourneyTest(chromium)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task ASampleOfEveryPageKind_OfEveryDemoUser_IsNoWiderThanAPhone()
    {
        using var directory = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        var users = (await directory.GetFromJsonAsync<JsonElement>("/auth/demo/users", TestContext.Current.CancellationToken)).EnumerateArray()
            .Select(u => u.GetProperty("username").GetString()!).ToList();
        var kindsSeen = new HashSet<string>();
        var tooWide = new List<string>();
        int opened = 0;
        foreach (var user in users)
        {
            await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = App.BaseUrl, Locale = "fi-FI", ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            });
            // The links are followed over plain HTTP (fast); the browser shares the session's cookie and opens one page of each kind.
            var cookies = new System.Net.CookieContainer();
            using var handler = new HttpClientHandler { CookieContainer = cookies };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(App.BaseUrl) };
            var signIn = await http.PostAsJsonAsync("/auth/demo/sign-in", new { username = user }, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.NoContent, signIn.StatusCode);
            await context.AddCookiesAsync(cookies.GetCookies(new Uri(App.BaseUrl)).Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = App.BaseUrl }));
            var page = await context.NewPageAsync();
            var seen = new HashSet<string> { "/" };
            var followed = new Dictionary<string, int>();
            var queue = new Queue<string>(["/"]);
            while (queue.TryDequeue(out var url))
            {
                // A client's "/" leads on to their own page: redirects are followed, and the page is known by where it landed.
                using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
                url = response.RequestMessage!.RequestUri!.PathAndQuery;
                if (response.StatusCode != System.Net.HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                if (kindsSeen.Add(WorkAbility.Testing.PageKinds.Of(url)))
                {
                    await page.GotoAsync(url);
                    opened++;
                    int width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (width > PhoneWidth)
                    {
                        var culprit = await page.EvaluateAsync<string>(WidestElement);
                        tooWide.Add($"{user} {url}: {width} px ({culprit})");
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PageChecks.OutputFolder, $"phone-{kindsSeen.Count:000}.png"), FullPage = false });
                    }
                }
                foreach (Match m in Href().Matches(html))
                {
                    var href = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0];
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/culture/", StringComparison.Ordinal)
                        && !href.StartsWith("/auth/", StringComparison.Ordinal) && !href.StartsWith("/api/", StringComparison.Ordinal)
                        && !href.StartsWith("/fhir/", StringComparison.Ordinal) && !href.StartsWith("/_", StringComparison.Ordinal)
                        && !href.StartsWith("/openapi", StringComparison.Ordinal) && !href.Contains('.', StringComparison.Ordinal)
                        && seen.Add(href))
                    {
                        // A few of each kind per user are followed, to find the pages behind them; the browser opens one of each kind in all.
                        var kind = WorkAbility.Testing.PageKinds.Of(href);
                        followed[kind] = followed.GetValueOrDefault(kind) + 1;
                        if (followed[kind] <= 1)
                        {
                            queue.Enqueue(href);
                        }
                    }
                }
            }
        }
        Assert.True(opened >= 40, $"{opened} page kinds opened");
        Assert.True(tooWide.Count == 0, $"{tooWide.Count} of {opened} page kinds are wider than {PhoneWidth} px:\n" + string.Join("\n", tooWide));
    }

    /// <summary>The element that reaches furthest right, as tag#id.class, so a failure names what to mend.</summary>
    private const string WidestElement = """
        () => {
          let widest = null, right = 0;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 0.5 && getComputedStyle(el).position !== 'fixed') { right = r.right; widest = el; }
          }
          return widest ? `${widest.tagName.toLowerCase()}${widest.id ? '#' + widest.id : ''}.${[...widest.classList].join('.')} right ${Math.round(right)}` : '';
        }
        """;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
