using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// Walks every operation of <c>/openapi/v1.json</c> with a corpus of malformed input — wrong
/// types, nulls, huge and control-character strings, extreme dates and numbers, malformed ids and
/// bodies, odd content types — anonymously and signed in, and asserts that nothing answers 5xx and
/// no answer carries exception text.
/// </summary>
public class AttackingTheApiTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Huge = new('ä', 100_000);

    /// <summary>Values put in one field of an otherwise empty body.</summary>
    private static readonly string[] FieldValues =
    [
        "null", "0", "-1", "1e308", "-9223372036854775809", "3.5", "true", "\"\"", JsonSerializer.Serialize(Huge),
        "\"\\u0000\\u0001\\u001f\\u202e\"", "\"2026-13-45\"", "\"0001-01-01\"", "\"9999-12-31T23:59:59Z\"", "\"not-a-guid\"",
        $"\"{Guid.NewGuid()}\"", "[]", "[null]", "[\"x\", 1, {}]", "{}", "{\"a\": {\"b\": [1, {\"c\": null}]}}",
    ];

    /// <summary>Whole bodies, sent as JSON unless the content type says otherwise.</summary>
    private static readonly (string Body, string ContentType)[] Bodies =
    [
        ("", "application/json"), ("null", "application/json"), ("[]", "application/json"), ("\"text\"", "application/json"),
        ("123", "application/json"), ("{}", "application/json"), ("{\"a\":", "application/json"), ("{\"a\" 1}", "application/json"),
        (new string('[', 5000) + new string(']', 5000), "application/json"), ("{\"x\":" + JsonSerializer.Serialize(new string('x', 1_000_000)) + "}", "application/json"),
        ("username=hanna.hoitaja", "application/x-www-form-urlencoded"), ("<xml/>", "application/xml"), ("plain", "text/plain"),
        ("{}", "application/json; charset=latin1"), ("\u0000\u0001", "application/octet-stream"),
    ];

    private static readonly string[] IdValues = ["00000000-0000-0000-0000-000000000000", "not-a-guid", "%00", "1", new('9', 300)];

    private static readonly string[] QueryValues = ["", "%00", "'; DROP TABLE clients;--", "%25%5F%5C", "-1", "99999999999999999999", "2026-02-30", new('x', 5000)];

    [Fact]
    public async Task EveryOperation_WithMalformedInput_AnonymousAndSignedIn_AnswersWithoutAServerErrorOrExceptionText()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        // Development is what `dotnet run` gives a county trying the product: no more detail may leak there.
        await using var app = new WorkAbilityApp(database, environment: "Development");
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        var admin = await app.SignedInAs(DemoActors.Administrator);
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        // A client the signed-in users really work with, so requests get past "not found" into validation.
        Guid matti;
        await using (var db = app.NewDbContext())
        {
            matti = await db.Clients.Where(c => c.LastName == "Mallikas").Select(c => c.Id).FirstAsync(Ct);
        }

        // The client themselves, for their own service (/api/me); elsewhere a client is answered "not found" before any input is read.
        var client = await app.SignedInAs("asiakas-" + matti.ToString("N"));

        var failures = new List<string>();
        int requests = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                bool signOut = path.Name.StartsWith("/auth/sign-out", StringComparison.Ordinal);
                var actors = signOut ? [("anonymous", anonymous)]
                    : path.Name.StartsWith("/api/me", StringComparison.Ordinal) ? new[] { ("anonymous", anonymous), ("nurse", nurse), ("client", client) }
                    : new[] { ("anonymous", anonymous), ("nurse", nurse), ("coordinator", coordinator), ("admin", admin) };
                var urls = Urls(path.Name, operation.Value, matti).ToList();
                var bodies = BodiesFor(operation.Value, schemas).ToList();
                foreach (var (actor, http) in actors)
                {
                    // Every body on the real route; every malformed id and query with an empty and a minimal body.
                    var cases = bodies.Select(b => (Url: urls[0], Body: b.Body, ContentType: b.ContentType))
                        .Concat(urls.Skip(1).SelectMany(u => new[] { (Url: u, Body: (string?)null, ContentType: "application/json"), (Url: u, Body: (string?)"{}", ContentType: "application/json") }));
                    // The administrator sees no client data: the signed-in professionals carry the body corpus.
                    if (actor is "admin" or "anonymous")
                    {
                        cases = cases.Where(c => c.Body is null || c.Body.Length < 3 || c.Url != urls[0] || signOut || path.Name.StartsWith("/auth", StringComparison.Ordinal));
                    }
                    {
                        foreach (var (url, body, contentType) in cases)
                        {
                            using var request = new HttpRequestMessage(method, url);
                            if (body is not null)
                            {
                                request.Content = new StringContent(body, Encoding.UTF8);
                                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
                            }
                            requests++;
                            using var response = await http.SendAsync(request, Ct);
                            var text = await response.Content.ReadAsStringAsync(Ct);
                            if ((int)response.StatusCode >= 500 || LeaksException(text))
                            {
                                failures.Add($"{actor} {method} {url} [{contentType}] {Shorten(body)} → {(int)response.StatusCode} {Shorten(text)}");
                            }
                        }
                    }
                }
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{requests} requests, {failures.Count} failures");
        Assert.True(requests > 5000, $"only {requests} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task TheApiDescription_NamesEachSchemaOnce_AndDeclaresEveryOperationsAnswers()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var root = document.RootElement;
        var names = root.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        string BodySchema(string path, string method) => root.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        Assert.EndsWith("/RecordConcernRequest", BodySchema("/api/clients/{clientId}/concerns", "post"), StringComparison.Ordinal);
        Assert.EndsWith("/AssessNeedRequest", BodySchema("/api/clients/{clientId}/assessments", "post"), StringComparison.Ordinal);

        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var codes = operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                var where = $"{operation.Name} {path.Name}: {string.Join(",", codes)}";
                Assert.True(codes.Count(c => c.StartsWith('2') || c == "302") >= 1, where);
                if (operation.Name != "get")
                {
                    Assert.True(codes.Contains("400") && codes.Contains("409"), where);
                }
                if (path.Name.Contains('{', StringComparison.Ordinal))
                {
                    Assert.True(codes.Contains("404"), where);
                }
            }
        }
        var register = root.GetProperty("paths").GetProperty("/api/clients").GetProperty("post").GetProperty("responses");
        Assert.True(register.TryGetProperty("201", out _));
        Assert.False(register.TryGetProperty("200", out _));
    }

    private static bool LeaksException(string text) =>
        text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) ||
        text.Contains(".cs:line", StringComparison.Ordinal) || text.Contains("/work/", StringComparison.Ordinal);

    private static string Shorten(string? s) => s is null ? "∅" : s.Length > 120 ? s[..120] + "…" : s;

    private static IEnumerable<string> Urls(string template, JsonElement operation, Guid client)
    {
        var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
        var query = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList();
        var routeNames = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList();
        string Fill(Func<string, string> value) => routeNames.Aggregate(template, (t, name) => t.Replace("{" + name + "}", value(name), StringComparison.Ordinal));
        // Real ids (the client the users work with; random ids elsewhere), then each malformed id.
        yield return Fill(n => n == "clientId" || n == "id" && template.StartsWith("/api/clients", StringComparison.Ordinal) ? client.ToString() : Guid.NewGuid().ToString());
        if (routeNames.Count > 0)
        {
            foreach (var bad in IdValues)
            {
                yield return Fill(_ => Uri.EscapeDataString(bad));
            }
        }
        foreach (var name in query)
        {
            foreach (var value in QueryValues)
            {
                yield return Fill(n => n == "clientId" ? client.ToString() : Guid.NewGuid().ToString()) + $"?{name}={Uri.EscapeDataString(value)}";
            }
        }
    }

    private static IEnumerable<(string? Body, string ContentType)> BodiesFor(JsonElement operation, JsonElement schemas)
    {
        yield return (null, "application/json");
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            yield return ("{}", "application/json");
            yield break;
        }
        foreach (var body in Bodies)
        {
            yield return body;
        }
        foreach (var property in PropertiesOf(requestBody, schemas))
        {
            foreach (var value in FieldValues)
            {
                yield return ($"{{\"{property}\": {value}}}", "application/json");
            }
        }
    }

    private static IEnumerable<string> PropertiesOf(JsonElement requestBody, JsonElement schemas)
    {
        if (!requestBody.TryGetProperty("content", out var content))
        {
            return [];
        }
        foreach (var media in content.EnumerateObject())
        {
            if (media.Value.TryGetProperty("schema", out var schema))
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    var name = reference.GetString()!.Split('/')[^1];
                    schema = schemas.GetProperty(name);
                }
                if (schema.TryGetProperty("properties", out var properties))
                {
                    return properties.EnumerateObject().Select(p => p.Name).ToList();
                }
            }
        }
        return [];
    }
}
