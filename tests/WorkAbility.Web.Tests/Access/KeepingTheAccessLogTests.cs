using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

public class KeepingTheAccessLogTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<AccessLogEntry>> Log(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        return await db.AccessLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KnownAccesses_LeaveExactlyTheirEntries_AllowedAndDenied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var other = await app.SignedInAs(DemoActors.EmploymentExpert);
        var manager = await app.SignedInAs(DemoActors.Manager);

        var id = await DemoActors.RegisterClient(nurse, "010203A9057");                    // 1 create
        await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);            // 2 read allowed
        await other.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);            // 3 read denied
        await manager.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);          // 4 read denied
        var ghost = Guid.NewGuid();
        await nurse.GetAsync(new Uri($"/api/clients/{ghost}", UriKind.Relative), Ct);         // 5 read of nobody: denied
        await nurse.GetAsync(new Uri("/api/clients?query=010203A9057", UriKind.Relative), Ct); // 6 one search entry per client shown
        await other.GetAsync(new Uri("/api/clients?query=010203A9057", UriKind.Relative), Ct); // nothing shown: no entry
        await nurse.GetAsync(new Uri("/", UriKind.Relative), Ct);                             // aggregates only: no entry

        var log = await Log(app);
        var seen = log.Select(e => (e.ClientId, e.Action, e.Allowed, e.Purpose, e.Role)).ToList();
        Assert.Equal(
        [
            (id, AccessAction.Create, true, "IntakeOrganisation", "Professional"),
            (id, AccessAction.Read, true, "IntakeOrganisation", "Professional"),
            (id, AccessAction.Read, false, "NoRelationship", "Professional"),
            (id, AccessAction.Read, false, "AggregatesOnly", "Manager"),
            (ghost, AccessAction.Read, false, "NoRelationship", "Professional"),
            (id, AccessAction.Search, true, "IntakeOrganisation", "Professional"),
        ], seen);
        Assert.All(log, e => Assert.Equal(WorkAbilityApp.StartTime, e.OccurredAt));
        var admin = await app.SignedInAs(DemoActors.Administrator);
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.Equal(6, verified.GetProperty("entries").GetInt64());
        Assert.Equal(0, verified.GetProperty("pending").GetInt64());
    }

    [Fact]
    public async Task TheAdministratorsPage_SaysInWordsWhetherTheLogIsIntact_AndWhereItBreaks()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        for (int i = 0; i < 4; i++)
        {
            await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        }
        var refused = await nurse.GetAsync(new Uri("/kayttoloki", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode); // administrators only: the nurse is sent to "access denied"
        Assert.DoesNotContain("Käyttöloki on ehjä", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var admin = await app.SignedInAs(DemoActors.Administrator);

        var intact = await admin.GetStringAsync(new Uri("/kayttoloki", UriKind.Relative), Ct);
        Assert.Contains("Käyttöloki on ehjä.", intact, StringComparison.Ordinal);
        Assert.Contains("Tarkistettu 5 merkintää", intact, StringComparison.Ordinal);

        await AsDatabaseOwner(database, "UPDATE access_log SET \"Purpose\" = 'x' WHERE \"Id\" = (SELECT \"EntryId\" FROM access_log_chain WHERE \"Sequence\" = 3)");
        var broken = await admin.GetStringAsync(new Uri("/kayttoloki", UriKind.Relative), Ct);
        Assert.Contains("Käyttölokia on muutettu.", broken, StringComparison.Ordinal);
        Assert.Contains("Ketju katkeaa merkinnän nro 3 kohdalla", broken, StringComparison.Ordinal);
        Assert.Contains("merkinnän sisältö tai tarkiste on muutettu", broken, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAppsOwnConnection_CannotUpdateOrDeleteLogRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        await DemoActors.RegisterClient(nurse, "010203A9057");

        await using var db = app.NewDbContext();
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE access_log SET \"Allowed\" = FALSE", Ct));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM access_log", Ct));
        var admin = await app.SignedInAs(DemoActors.Administrator);
        await admin.GetAsync(new Uri("/api/admin/access-log/verify", UriKind.Relative), Ct); // seals
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE access_log_chain SET \"KeyId\" = 'x'", Ct));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM access_log_chain", Ct));
        Assert.Single(await Log(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WhenTheLogCannotBeWritten_ClientDataIsNotReturned(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057", lastName: "Salattava");

        await AsDatabaseOwner(database, provider is DatabaseProvider.Sqlite
            ? "CREATE TRIGGER access_log_broken BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
            : "CREATE FUNCTION broken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$; " +
              "CREATE TRIGGER access_log_broken BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION broken();");

        var read = await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.DoesNotContain("Salattava", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var search = await nurse.GetAsync(new Uri("/api/clients?query=Salattava", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.DoesNotContain("Salattava", await search.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // A new client and its Create entry are one transaction: without the entry there is no client.
        var create = await nurse.PostAsJsonAsync("/api/clients",
            new { personalIdentityCode = "020304A906Y", firstName = "Testi", lastName = "Kirjaamaton", municipality = "Esikylä" }, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, create.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.Clients.AnyAsync(c => c.LastName == "Kirjaamaton", Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APostedPageThatShowsTheClientAgain_WhenTheLogCannotBeWritten_ShowsNothingOfThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var path = $"/asiakkaat/{s.ClientId}/suunnitelma";
        var page = await s.Nurse.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("Tiimiläinen", page, StringComparison.Ordinal);

        await AsDatabaseOwner(database, provider is DatabaseProvider.Sqlite
            ? "CREATE TRIGGER access_log_broken BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
            : "CREATE FUNCTION broken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$; " +
              "CREATE TRIGGER access_log_broken BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION broken();");

        // A save with a mistake (an action without a responsible party) would show the form again with the client's name:
        // the page's one access decision is logged before anything is shown, so with the log down nothing is shown.
        var posted = await s.Nurse.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "plan", ["__RequestVerificationToken"] = token, ["Plan.Intent"] = "save", ["Plan.BasedOnVersion"] = "0",
            ["Plan.Actions[0].Id"] = Guid.NewGuid().ToString(), ["Plan.Actions[0].Title"] = "Vastaanotto",
        }), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        Assert.DoesNotContain("Tiimiläinen", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static Task AsDatabaseOwner(TestDatabase database, string sql) => TrustingTheAccessLogTests.AsSuperuser(database, sql);
}
