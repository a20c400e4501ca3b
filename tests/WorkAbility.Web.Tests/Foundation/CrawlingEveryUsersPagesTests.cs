using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// Every demo user of every role — the clients too — signs in and follows every same-origin GET link breadth-first
/// from their home page, a few of each page kind, in Finnish and in Swedish. No page may answer 4xx or 5xx, state a
/// count that differs from the rows it shows, or show a resource key or a raw enum name instead of words.
/// </summary>
public partial class CrawlingEveryUsersPagesTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Pages of one kind (same route, same query keys) a user visits at most, per language.</summary>
    private static readonly IReadOnlyDictionary<string, int> PerKind = new Dictionary<string, int> { ["fi"] = 3, ["sv"] = 1 };

    [Fact]
    public async Task EveryDemoUser_FollowsEveryLink_AndEveryPageAnswers_CountsItsRows_AndSpeaksWords()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 200);
        var users = (await app.CreateBrowserLikeClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/demo/users", Ct)).EnumerateArray()
            .Select(u => u.GetProperty("username").GetString()!).ToList();
        Assert.True(users.Count >= 20, $"{users.Count} demo users");
        var keys = ResourceKeys();
        var enumNames = EnumNames();
        var failures = new List<string>();
        int pages = 0;
        foreach (var language in PerKind.Keys)
        {
            foreach (var user in users)
            {
                var http = await app.SignedInAs(user);
                (await http.GetAsync($"/culture/{language}?returnUrl=/", Ct)).Dispose();
                pages += await Crawl(http, user, language, keys, enumNames, failures);
            }
        }
        TestContext.Current.SendDiagnosticMessage($"crawl: {users.Count} users, {pages} pages, {failures.Count} failures");
        Assert.True(failures.Count == 0, $"{failures.Count} failures over {pages} pages of {users.Count} users:\n" + string.Join("\n", failures.Take(80)));
    }

    private static async Task<int> Crawl(HttpClient http, string user, string language, IReadOnlySet<string> keys, IReadOnlySet<string> enumNames, List<string> failures)
    {
        var seen = new HashSet<string> { "/" };
        var kinds = new Dictionary<string, int>();
        var probed = new HashSet<string>();
        var queue = new Queue<string>(["/"]);
        var parser = new HtmlParser();
        int visited = 0;
        while (queue.TryDequeue(out var url))
        {
            using var response = await http.GetAsync(url, Ct);
            visited++;
            if (Environment.GetEnvironmentVariable("WORKABILITY_CRAWL_TRACE") is { } trace)
            {
                File.AppendAllText(trace, $"{user} {language} {(int)response.StatusCode} {url}\n");
            }
            var where = $"{user} {language} {url}";
            int status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                Enqueue(response.Headers.Location?.OriginalString);
                continue;
            }
            if (status >= 400)
            {
                failures.Add($"{where}: {status}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            // The same kind of page for an id of nobody answers "not found", never a fault.
            if (AnId().Match(url) is { Success: true } id && probed.Add(WorkAbility.Testing.PageKinds.Of(url)))
            {
                var nobody = url[..id.Index] + Guid.NewGuid() + url[(id.Index + id.Length)..];
                using var stranger = await http.GetAsync(nobody, Ct);
                if ((int)stranger.StatusCode >= 500 || stranger.StatusCode == HttpStatusCode.OK)
                {
                    failures.Add($"{user} {language} {nobody}: {(int)stranger.StatusCode} for an id of nobody");
                }
            }
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
            foreach (var list in document.QuerySelectorAll("[data-count]"))
            {
                int count = int.Parse(list.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
                int rows = list.QuerySelectorAll("[data-row]").Length;
                int expected = Expected(count, list.GetAttribute("data-page"), list.GetAttribute("data-pages"), list.GetAttribute("data-page-size"), list.GetAttribute("data-limit"));
                if (rows != expected)
                {
                    failures.Add($"{where}: {list.GetAttribute("data-list")} says {count}, shows {rows} rows (expected {expected})");
                }
            }
            foreach (var script in document.QuerySelectorAll("script, style, template").ToList())
            {
                script.Remove();
            }
            var text = document.Body?.TextContent ?? "";
            foreach (Match m in KeyLike().Matches(text))
            {
                if (keys.Contains(m.Value))
                {
                    failures.Add($"{where}: resource key \"{m.Value}\"");
                }
            }
            foreach (Match m in PascalWord().Matches(text))
            {
                if (enumNames.Contains(m.Value))
                {
                    failures.Add($"{where}: raw enum name \"{m.Value}\"");
                }
            }
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                Enqueue(link.GetAttribute("href"));
            }
        }
        return visited;

        void Enqueue(string? href)
        {
            if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Host == "localhost")
            {
                href = absolute.PathAndQuery;
            }
            if (href is null || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
            {
                return;
            }
            var path = href.Split('#')[0];
            // Switching the language or signing in and out is not reading a page; the API and FHIR are not pages a person follows.
            if (path.Length == 0 || path.StartsWith("/culture/", StringComparison.Ordinal) || path.StartsWith("/auth/", StringComparison.Ordinal)
                || path.StartsWith("/_", StringComparison.Ordinal) || path.StartsWith("/fhir/", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal)
                || path.StartsWith("/lib/", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            {
                return;
            }
            if (!seen.Add(path))
            {
                return;
            }
            var kind = WorkAbility.Testing.PageKinds.Of(path);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (kinds[kind] <= PerKind[language])
            {
                queue.Enqueue(path);
            }
        }
    }

    private static int Expected(int count, string? page, string? pages, string? pageSize, string? limit)
    {
        static int Int(string? s) => int.Parse(s!, System.Globalization.CultureInfo.InvariantCulture);
        if (limit is not null)
        {
            return Math.Min(count, Int(limit));
        }
        if (pages is null || Int(pages) <= 1)
        {
            return count;
        }
        return Int(page) < Int(pages) ? Int(pageSize) : count - (Int(pages) - 1) * Int(pageSize);
    }

    private static HashSet<string> ResourceKeys()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "SharedResource.resx");
        var resx = File.Exists(file) ? File.ReadAllText(file) : File.ReadAllText(FindResx());
        return [.. ResxKey().Matches(resx).Select(m => m.Groups[1].Value).Where(k => k.Contains('.', StringComparison.Ordinal))];
    }

    private static string FindResx()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkAbility.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "src", "WorkAbility.Web", "Resources", "SharedResource.resx");
    }

    /// <summary>Enum members of the domain written as one word of several capitalised parts ("SoteCentre"): such a word on a page is a value not translated.</summary>
    private static HashSet<string> EnumNames() =>
    [
        .. typeof(WorkAbility.Domain.Cases.SupportCase).Assembly.GetTypes().Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames).Where(n => PascalWord().IsMatch(n) && PascalWord().Match(n).Value == n),
    ];

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:\.[A-Za-z0-9]+)+\b")]
    private static partial Regex KeyLike();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex PascalWord();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex AnId();

    [GeneratedRegex("<data name=\"([^\"]+)\"")]
    private static partial Regex ResxKey();
}
