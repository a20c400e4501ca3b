using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Administration;

/// <summary>
/// The administrator's users and settings pages: the directory filtered and paged, a user taken out of
/// service loses their open session at once and cannot sign in again, someone still responsible for
/// clients is refused with the reason, and no one else may use any of it.
/// </summary>
public class ManagingUsersTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAdministrator_FindsUsers_TakesOneOutOfService_AndTheirSessionEndsAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var admin = await app.SignedInAs("pekka.paakayttaja");

        var kela = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?query=KELA&role=Professional", Ct);
        var row = Assert.Single(kela.GetProperty("rows").EnumerateArray());
        Assert.Equal("kaisa.kela", row.GetProperty("username").GetString());
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?query=%25&page=999", Ct);   // a literal % matches no one; a page past the end is the last page
        Assert.Equal(0, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());

        // Someone still coordinating active clients is refused, with the reason.
        var coordinator = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?query=sari.koordinaattori", Ct);
        var sari = coordinator.GetProperty("rows")[0];
        Assert.True(sari.GetProperty("responsibleFor").GetInt32() > 0, "the demo coordinator has active clients");
        var refused = await admin.PostAsync(new Uri($"/api/admin/users/{sari.GetProperty("id").GetGuid()}/deactivate", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("user_still_responsible_for_clients", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        // Someone with no clients of their own is signed in; taken out of service, their very next request is turned away and they cannot sign in again.
        var free = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?role=Professional&active=true", Ct)).GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("responsibleFor").GetInt32() == 0);
        var (id, username) = (free.GetProperty("id").GetGuid(), free.GetProperty("username").GetString()!);
        var user = await app.SignedInAs(username);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"/api/admin/users/{id}/deactivate", UriKind.Relative), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);
        var signIn = await app.CreateClient().PostAsJsonAsync("/auth/demo/sign-in", new { username }, Ct);
        Assert.False(signIn.IsSuccessStatusCode, "a user out of service cannot sign in");
        var inactive = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?active=false", Ct);
        Assert.Contains(inactive.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"/api/admin/users/{id}/reactivate", UriKind.Relative), null, Ct)).StatusCode);
        Assert.True((await app.CreateClient().PostAsJsonAsync("/auth/demo/sign-in", new { username }, Ct)).IsSuccessStatusCode);

        // The administrator cannot lock themselves out.
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?query=pekka.paakayttaja", Ct)).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var self = await admin.PostAsync(new Uri($"/api/admin/users/{me}/deactivate", UriKind.Relative), null, Ct);
        Assert.Equal("user_cannot_deactivate_self", (await self.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        // The pages: users in Finnish with their roles; settings without a secret.
        var page = await admin.GetStringAsync(new Uri("/yllapito/kayttajat?rooli=Coordinator", UriKind.Relative), Ct);
        Assert.Contains("Koordinaattori, Sari", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoitaja, Hanna", page, StringComparison.Ordinal);
        var settings = await admin.GetStringAsync(new Uri("/yllapito/asetukset", UriKind.Relative), Ct);
        Assert.Contains("Esittelykirjautuminen", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", settings, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkAbility.Testing.TestHosts.AccessLogKey, settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoActors.SoteNurse)]
    [InlineData("johanna.johtaja")]
    [InlineData(TeamScenario.Coordinator)]
    public async Task NoOneButTheAdministrator_ReachesTheUsersOrSettings_AndTheRefusalIsANotFound(string username)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var someone = await app.SignedInAs(username);
        foreach (var path in new[] { "/api/admin/users", "/api/admin/settings" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await someone.GetAsync(new Uri(path, UriKind.Relative), Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await someone.PostAsync(new Uri($"/api/admin/users/{Guid.NewGuid()}/deactivate", UriKind.Relative), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(new Uri("/api/admin/users", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task AUserThatDoesNotExist_IsNotFound_ForTheAdministratorToo_WithTheSameAnswerAsAnyOtherNotFound()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var admin = await app.SignedInAs("pekka.paakayttaja");
        var unknown = await admin.PostAsync(new Uri($"/api/admin/users/{Guid.NewGuid()}/deactivate", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var body = await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(body.TryGetProperty("code", out _), "a not-found names no code that could tell what exists");
        var someone = await app.SignedInAs("johanna.johtaja");
        var refused = await someone.PostAsync(new Uri($"/api/admin/users/{Guid.NewGuid()}/deactivate", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(body.GetProperty("title").GetString(), (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }
}
