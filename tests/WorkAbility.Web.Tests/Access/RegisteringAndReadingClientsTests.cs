using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

public class RegisteringAndReadingClientsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisteredClient_IsVisibleToTheRegisteringOrganisation_AndToNoOtherOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");

        var read = await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("no-store", read.Headers.CacheControl?.ToString());
        using (var json = JsonDocument.Parse(await read.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal("010203A9057", json.RootElement.GetProperty("personalIdentityCode").GetString());
        }

        var other = await app.SignedInAs(DemoActors.EmploymentExpert);
        var denied = await other.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        var missing = await other.GetAsync(new Uri($"/api/clients/{Guid.NewGuid()}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await Normalised(missing), await Normalised(denied));

        var found = await nurse.GetFromJsonAsync<JsonElement[]>("/api/clients?query=010203A9057", Ct);
        Assert.Single(found!);
        var foundByOther = await other.GetFromJsonAsync<JsonElement[]>("/api/clients?query=010203A9057", Ct);
        Assert.Empty(foundByOther!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuplicateIdentityCode_IsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        await DemoActors.RegisterClient(nurse, "010203A9057");
        var again = await nurse.PostAsJsonAsync("/api/clients",
            new { personalIdentityCode = "010203A9057", firstName = "X", lastName = "Y", municipality = "Z" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("", "Henkilötunnuksen tarkistusmerkki ei täsmää", "Pakollinen tieto puuttuu.")]
    [InlineData("?culture=sv-FI", "Personbeteckningens kontrolltecken stämmer inte", "Obligatorisk uppgift saknas.")]
    public async Task InvalidInput_Is400WithAMessagePerField_InTheRequestsLanguage_AndNothingIsStored(string culture, string codeMessage, string requiredMessage)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.Clients.CountAsync(Ct);
        }

        var response = await nurse.PostAsJsonAsync("/api/clients" + culture,
            new { personalIdentityCode = "010203A9069", firstName = " ", lastName = new string('x', 101), municipality = "Esikylä" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains(codeMessage, errors.GetProperty("personalIdentityCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(requiredMessage, errors.GetProperty("firstName")[0].GetString());
        Assert.True(errors.TryGetProperty("lastName", out _));
        await using var check = app.NewDbContext();
        Assert.Equal(before, await check.Clients.CountAsync(Ct));
    }

    [Fact]
    public async Task MalformedJson_Is400_Not500()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.PostAsync(new Uri("/api/clients", UriKind.Relative),
            new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DemoSignIn_IsNotThere_OutsideDemoMode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, authMode: "Oidc");
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/auth/demo/users", UriKind.Relative), Ct)).StatusCode);
        var post = await client.PostAsJsonAsync("/auth/demo/sign-in", new { username = DemoActors.SoteNurse }, Ct);
        Assert.True(post.StatusCode == HttpStatusCode.NotFound, await post.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task DemoUsers_ListEveryRole_WithTheDocumentedFields()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var users = await app.CreateClient().GetFromJsonAsync<JsonElement[]>("/auth/demo/users", Ct);
        Assert.All(users!, u =>
        {
            foreach (var field in new[] { "username", "displayName", "role", "profession", "organisation", "organisationKind" })
            {
                Assert.True(u.TryGetProperty(field, out _), field);
            }
        });
        var roles = users!.Select(u => u.GetProperty("role").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Professional", "Coordinator", "Manager", "Administrator", "Client" }, roles);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieIsWorthless()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");

        var raw = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var signIn = await raw.PostAsJsonAsync("/auth/demo/sign-in", new { username = DemoActors.SoteNurse }, Ct);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith("wa.session=", StringComparison.Ordinal) && !c.StartsWith("wa.session=;", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(raw, cookie, HttpMethod.Get, $"/api/clients/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await WithCookie(raw, cookie, HttpMethod.Post, "/auth/sign-out")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(raw, cookie, HttpMethod.Get, $"/api/clients/{id}")).StatusCode);
        // The other session of the same user is untouched.
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Session_ExpiresWhenIdle()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Session_ExpiresAfterTheAbsoluteTimeout_EvenWhenActive()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        for (int step = 0; step < 30; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Unauthorized, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
    }

    private static Task<HttpResponseMessage> WithCookie(HttpClient client, string cookie, HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request, Ct);
    }

    private static async Task<string> Normalised(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return $"{(int)response.StatusCode}|{json.RootElement.GetProperty("title").GetString()}|{response.Content.Headers.ContentType}";
    }
}
