using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Clients;

/// <summary>
/// Registering a client from a page, with the rules of POST /api/clients: mistakes are named and what
/// was typed stays; a valid registration opens the new client's page and is logged as a creation; the
/// same identity code twice in the county is refused; only professionals may register.
/// </summary>
public class RegisteringAClientOnThePageTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> Post(HttpClient http, Dictionary<string, string> fields) =>
        PageForms.Post(http, "/asiakkaat/uusi", "register", fields);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANurse_RegistersAClient_MistakesNamedAndKept_DuplicatesRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);

        var wrong = await Post(nurse, new() { ["Client.PersonalIdentityCode"] = "010203A9058", ["Client.FirstName"] = "Uuno", ["Client.Municipality"] = "Esikylä" });
        var html = await wrong.Content.ReadAsStringAsync(Ct);
        Assert.NotEqual(HttpStatusCode.Found, wrong.StatusCode);
        Assert.Contains("href=\"#identityCode\"", html, StringComparison.Ordinal);        // the summary names and links each field
        Assert.Contains("href=\"#lastName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Uuno\"", html, StringComparison.Ordinal);                // what was typed stays
        Assert.Contains("value=\"010203A9058\"", html, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Client.PersonalIdentityCode"] = "010203A9057", ["Client.FirstName"] = "Uuno", ["Client.LastName"] = "Uusitalo",
            ["Client.Municipality"] = "Esikylä", ["Client.Phone"] = "040 123 4567",
        };
        var registered = await Post(nurse, new(fields));
        Assert.Equal(HttpStatusCode.Found, registered.StatusCode);
        var target = registered.Headers.Location!;
        var location = target.IsAbsoluteUri ? target.AbsolutePath : target.ToString();
        Assert.Matches("^/asiakkaat/[0-9a-f-]{36}$", location);
        var id = Guid.Parse(location["/asiakkaat/".Length..]);
        Assert.Contains("Uuno Uusitalo", await nurse.GetStringAsync(new Uri(location, UriKind.Relative), Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.True(await db.AccessLog.AnyAsync(e => e.ClientId == id && e.Action == AccessAction.Create && e.Allowed, Ct));
        }

        // The same person again, from another organisation's professional too: refused, nothing new.
        var again = await Post(await app.SignedInAs(TeamScenario.KelaWorker), new(fields));
        Assert.Contains("Henkilötunnuksella on jo asiakas", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.Clients.CountAsync(c => c.LastName == "Uusitalo", Ct));
        }

        // A manager does not register clients: the page is not there for her.
        var manager = await app.SignedInAs("johanna.johtaja");
        var page = await manager.GetAsync(new Uri("/asiakkaat/uusi", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }
}
