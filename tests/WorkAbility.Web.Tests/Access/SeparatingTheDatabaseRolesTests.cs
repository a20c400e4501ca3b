using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

/// <summary>
/// On PostgreSQL the schema's owner migrates and the app runs as a role with data rights only: it
/// works normally, its access log verifies, and it cannot change the rules that protect the log.
/// </summary>
public class SeparatingTheDatabaseRolesTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAppRole_RunsTheApp_ButCannotAlterTruncateOrSwitchOffTheAccessLogsRules()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (owner, appRole, name) = ($"wa_owner_{suffix}", $"wa_app_{suffix}", $"wa_roles_{suffix}");
        await Admin($"CREATE ROLE {owner} LOGIN; CREATE ROLE {appRole} LOGIN; CREATE DATABASE {name} OWNER {owner};");
        string As(string role) => $"Host=127.0.0.1;Port={cluster.Port};Username={role};Database={name}";

        // migrate, as the owner
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseWorkAbilityDatabase(DatabaseProvider.Postgres, As(owner));
        var options = builder.Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync(Ct);
            await AppRoleGrants.GrantAsync(db, appRole, Ct);
        }

        // the app, as the app role, with the real clock
        await using var database = TestDatabase.Existing(DatabaseProvider.Postgres, As(appRole));
        await using var app = new WorkAbilityApp(database, systemClock: true).WithWebHostBuilder(b => b.UseSetting("Database:MigrateAtStartup", "false"));
        var nurse = await SignIn(app, DemoActors.SoteNurse);
        var created = await nurse.PostAsJsonAsync("/api/clients", new { personalIdentityCode = "010203A9057", firstName = "Testi", lastName = "Roolitettu", municipality = "Esikylä" }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
        var admin = await SignIn(app, DemoActors.Administrator);
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        Assert.True(verified.GetProperty("entries").GetInt64() >= 2);

        // what the app role may not do
        string[] refused =
        [
            "ALTER TABLE access_log DISABLE TRIGGER USER",
            "ALTER TABLE access_log_chain DISABLE TRIGGER access_log_chain_no_update_delete",
            "DROP TRIGGER access_log_no_update_delete ON access_log",
            "ALTER TABLE access_log ADD COLUMN note text",
            "TRUNCATE access_log",
            "TRUNCATE access_log_chain",
            "UPDATE access_log SET \"Allowed\" = NOT \"Allowed\"",
            "DELETE FROM access_log",
            "UPDATE access_log_chain SET \"KeyId\" = 'x'",
            "DELETE FROM access_log_chain",
            "DROP TABLE access_log",
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('x', 'y')",
            // a month of the log is reached only through the log's own rules
            "TRUNCATE access_log_history",
            "DELETE FROM access_log_default",
            "ALTER TABLE access_log DETACH PARTITION access_log_history",
            "DROP TABLE access_log_default",
            "TRUNCATE case_events_history",
        ];
        foreach (var sql in refused)
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => Run(As(appRole), sql));
            Assert.True(error.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState} {error.MessageText}");
        }
        // ... while the rows it needs to add still go in, and it may make the coming months' partitions
        await Run(As(appRole), "SELECT workability_add_month_partitions(4)");
        await Run(As(appRole), "INSERT INTO access_log (\"OccurredAt\", \"UserId\", \"Action\", \"Resource\", \"Purpose\", \"Allowed\") VALUES (now(), 'probe', 'Read', 'probe', 'probe', true)");
        await Admin($"DROP DATABASE {name} WITH (FORCE); DROP ROLE {appRole}; DROP ROLE {owner};");
    }

    private static async Task<HttpClient> SignIn(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string user)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/auth/demo/sign-in", new { username = user }, Ct)).StatusCode);
        return client;
    }

    private Task Admin(string sql) => Run(cluster.AdminConnectionString, sql);

    private static async Task Run(string connectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(Ct);
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
    }
}
