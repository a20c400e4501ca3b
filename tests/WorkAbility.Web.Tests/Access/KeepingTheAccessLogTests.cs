using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
        return await db.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
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
        Assert.True(AccessLogVerifier.Verify(log).Valid);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tampering_IsFoundByTheVerifier_WhichNamesTheFirstBadEntry(DatabaseProvider provider)
    {
        // (what is done directly in the database, the first entry the chain no longer vouches for)
        (string Sql, long FirstBad)[] tamperings =
        [
            ("UPDATE access_log SET \"Allowed\" = NOT \"Allowed\" WHERE \"Sequence\" = 3", 3),
            ("DELETE FROM access_log WHERE \"Sequence\" = 3", 4),
            ("UPDATE access_log SET \"Sequence\" = \"Sequence\" + 1000 WHERE \"Sequence\" >= 3; " +
                "INSERT INTO access_log SELECT 3, \"OccurredAt\", 'intruder', \"OrganisationId\", \"Role\", \"ClientId\", \"Action\", \"Resource\", \"Purpose\", \"Allowed\", \"PreviousHash\", \"Hash\" FROM access_log WHERE \"Sequence\" = 2; " +
                "UPDATE access_log SET \"Sequence\" = \"Sequence\" - 999 WHERE \"Sequence\" >= 1003", 3),
            ("UPDATE access_log SET \"Sequence\" = -3 WHERE \"Sequence\" = 3; UPDATE access_log SET \"Sequence\" = 3 WHERE \"Sequence\" = 4; UPDATE access_log SET \"Sequence\" = 4 WHERE \"Sequence\" = -3", 3),
        ];
        foreach (var (sql, firstBad) in tamperings)
        {
            await using var database = await TestDatabase.CreateAsync(provider, cluster);
            await using var app = new WorkAbilityApp(database);
            var nurse = await app.SignedInAs(DemoActors.SoteNurse);
            var id = await DemoActors.RegisterClient(nurse, "010203A9057");
            for (int i = 0; i < 5; i++)
            {
                await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
            }
            var admin = await app.SignedInAs(DemoActors.Administrator);
            var intact = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
            Assert.True(intact.GetProperty("valid").GetBoolean());
            Assert.Equal(6, intact.GetProperty("entries").GetInt64());

            await AsDatabaseOwner(database, sql);

            var broken = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
            Assert.False(broken.GetProperty("valid").GetBoolean(), sql);
            Assert.Equal(firstBad, broken.GetProperty("firstBadEntry").GetInt64());
        }
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
    }

    /// <summary>
    /// Runs SQL as someone with direct database access (an attacker or a careless operator), with
    /// the append-only triggers switched off, the way tampering would really happen.
    /// </summary>
    private static async Task AsDatabaseOwner(TestDatabase database, string sql)
    {
        if (database.Provider is DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER IF EXISTS access_log_no_update; DROP TRIGGER IF EXISTS access_log_no_delete; " + sql;
            await command.ExecuteNonQueryAsync(Ct);
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete; " + sql, connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
    }
}
