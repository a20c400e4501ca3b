using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

/// <summary>
/// A page of another site cannot make a signed-in browser change anything: every state-changing operation of the
/// route census is refused (403) when the browser says the request came from elsewhere — by Origin, by Referer, or by
/// Sec-Fetch-Site (a sibling subdomain is same-site, and refused too) — and the app's own pages still post.
/// </summary>
public class RefusingCrossSiteRequestsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Origins => new()
    {
        { "Origin", "https://evil.example" },
        { "Origin", "null" },
        { "Referer", "https://evil.example/page" },
        { "Sec-Fetch-Site", "cross-site" },
        { "Sec-Fetch-Site", "same-site" },
    };

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task EveryStateChangingOperation_FromAnotherSite_Is403(string header, string value)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var operations = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => (Method: m, Path: Concrete(e.RoutePattern))))
            .Distinct().ToList();
        Assert.True(operations.Count > 40, $"{operations.Count} state-changing operations");
        var http = await app.SignedInAs("sari.koordinaattori");
        var answered = new List<string>();
        foreach (var (method, path) in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent([new("a", "b")]) };
            request.Headers.TryAddWithoutValidation(header, value);
            using var response = await http.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                answered.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }
        Assert.True(answered.Count == 0, string.Join("\n", answered));
    }

    [Fact]
    public async Task TheIssuesCrossSiteFormPosts_Are403_AndTheSameFromTheAppsOwnOrigin_GoThrough()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var http = await app.SignedInAs("sari.koordinaattori");
        foreach (var origin in new[] { "https://evil.example", "http://localhost" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications/read") { Content = new FormUrlEncodedContent([new("a", "b")]) };
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Sec-Fetch-Site", origin == "http://localhost" ? "same-origin" : "cross-site");
            using var response = await http.SendAsync(request, Ct);
            Assert.Equal(origin == "http://localhost", response.StatusCode != HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task EmptyFilters_Dates_AtTheCalendarsEnds_AndMultipartBodies_AreNever5xx()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var paivi = await app.SignedInAs("paivi.paattaja");
        foreach (var format in new[] { "", ".csv", ".xlsx" })
        {
            var empty = await paivi.GetAsync($"/api/statistics/overview{format}?from=&to=&municipality=&organisation=&path=", Ct);
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            var far = await paivi.GetAsync($"/api/statistics/overview{format}?To=9999-12", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
            Assert.Contains("to", await far.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var users = (await app.CreateBrowserLikeClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/demo/users", Ct)).EnumerateArray()
            .Where(u => u.GetProperty("role").GetString() == "Client").Select(u => u.GetProperty("username").GetString()!).ToList();
        var client = await app.SignedInAs(users[0]);
        foreach (var query in new[] { "From=0001-01-01", "From=0001-01", "To=9999-12-31", "From=" })
        {
            foreach (var path in new[] { "/api/me/access-log", "/api/me/access-log.csv" })
            {
                var answer = await client.GetAsync($"{path}?{query}", Ct);
                Assert.True((int)answer.StatusCode < 500, $"{path}?{query}: {(int)answer.StatusCode}");
                Assert.True(query == "From=" ? answer.IsSuccessStatusCode : answer.StatusCode == HttpStatusCode.BadRequest, $"{path}?{query}: {(int)answer.StatusCode}");
            }
        }
        // A NUL matches no name and is no text: never a fault on PostgreSQL.
        var nurse = await app.SignedInAs("hanna.hoitaja");
        var nobody = await nurse.GetAsync("/api/clients?query=a%00b", Ct);
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.DoesNotContain("\"id\"", await nobody.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var nul = await nurse.PostAsJsonAsync("/api/consultations", new { subject = "a\u0000b", question = "Kysymys" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("text_control_characters", await nul.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        foreach (var path in new[] { "/auth/demo/sign-in", "/auth/sign-out" })
        {
            var multipart = new StringContent("{\"username\":\"hanna.hoitaja\"}", System.Text.Encoding.UTF8);
            multipart.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
            var answer = await app.CreateBrowserLikeClient().PostAsync(path, multipart, Ct);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Feedback_IsOneAnswerPerOccasion_ALaterAnswerReplacesIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var users = (await app.CreateBrowserLikeClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/demo/users", Ct)).EnumerateArray()
            .Where(u => u.GetProperty("role").GetString() == "Client").Select(u => u.GetProperty("username").GetString()!).ToList();
        var client = await app.SignedInAs(users[1]);
        await using var db = app.NewDbContext();
        int before = db.Feedback.Count();
        for (int i = 1; i <= 5; i++)
        {
            var answer = await client.PostAsJsonAsync("/api/me/feedback", new { heard = i, planClear = 4, helped = 3, comment = $"vastaus {i}" }, Ct);
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }
        Assert.Equal(before + 1, db.Feedback.Count());
        Assert.Equal("vastaus 5", db.Feedback.OrderByDescending(f => f.GivenAt).First().Comment);
    }

    /// <summary>A route with its parameters filled in (ids as new GUIDs, other values as words).</summary>
    private static string Concrete(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                parameter.ParameterPolicies.Any(x => x.Content == "guid") || parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "x",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
