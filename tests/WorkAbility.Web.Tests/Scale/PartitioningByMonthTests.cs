using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Scale;

/// <summary>
/// On PostgreSQL the access log, case events and notifications are partitioned by month: rows go to their
/// month, the coming months are made ahead, a county upgraded from an earlier version keeps its rows (and a
/// log that verifies) in a history partition, and a row of a month without a partition waits in the default.
/// </summary>
public class PartitioningByMonthTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RowsGoToTheirMonth_AndEveryTableHasItsComingMonths()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);

        var months = await Scalar<string[]>(database, """
            SELECT array_agg(to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m), 'YYYY_MM') ORDER BY m)
            FROM generate_series(1, 3) m
            """);
        foreach (var table in MonthPartitions.Tables)
        {
            var partitions = await Scalar<string[]>(database, $"SELECT array_agg(inhrelid::regclass::text ORDER BY inhrelid::regclass::text) FROM pg_inherits WHERE inhparent = '{table}'::regclass");
            Assert.Equal([.. months.Select(m => $"{table}_{m}"), $"{table}_default", $"{table}_history"], partitions);
        }
        // This month's rows, written by the app with the real clock, are in the history partition (it covers up to next month).
        Assert.Equal(["access_log_history"], await Scalar<string[]>(database, "SELECT array_agg(DISTINCT tableoid::regclass::text) FROM access_log"));

        // A case event of next month goes to next month's partition and is read back with the case's own events.
        var caseId = await Scalar<Guid>(database, "SELECT \"Id\" FROM support_cases LIMIT 1");
        var next = await Scalar<DateTime>(database, "SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month 3 hours')");
        await Execute(database, $"INSERT INTO case_events (\"Id\", \"SupportCaseId\", \"Kind\", \"OccurredAt\") VALUES ('{Guid.NewGuid()}', '{caseId}', 'Note', '{next:yyyy-MM-dd HH:mm:ss}+00')");
        Assert.Equal($"case_events_{months[0]}", await Scalar<string>(database, $"SELECT tableoid::regclass::text FROM case_events WHERE \"OccurredAt\" >= '{next:yyyy-MM-dd HH:mm:ss}+00'"));
        await using var db = app.NewDbContext();
        Assert.Contains(await db.CaseEvents.Where(e => e.SupportCaseId == caseId).Select(e => e.OccurredAt).ToListAsync(Ct),
            t => t.UtcDateTime == DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }

    [Fact]
    public async Task TheDailyRound_MakesAMissingMonth_AndARowOfAMonthWithoutOneWaitsInTheDefault_StillRead()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var app = new WorkAbilityApp(database, settings: new Dictionary<string, string>
        {
            ["Database:PartitionMonthsAhead"] = "5",
            // the test runs the round itself
            ["Database:PartitionRoundsEnabled"] = "false",
        });
        _ = app.Services;
        var third = await Scalar<string>(database, "SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months', 'YYYY_MM')");
        var sixth = await Scalar<DateTime>(database, "SELECT date_trunc('month', now() AT TIME ZONE 'UTC') + interval '6 months 1 day'");
        await Execute(database, $"DROP TABLE notifications_{third}");
        // A notification dated beyond the months made (a clock far ahead) goes to the default partition.
        var (recipient, caseId) = (await Scalar<Guid>(database, "SELECT \"Id\" FROM professionals LIMIT 1"), await Scalar<Guid>(database, "SELECT \"Id\" FROM support_cases LIMIT 1"));
        var notification = Guid.NewGuid();
        await Execute(database, $"INSERT INTO notifications (\"Id\", \"RecipientId\", \"Kind\", \"SupportCaseId\", \"CreatedAt\") VALUES ('{notification}', '{recipient}', 'CaseAssigned', '{caseId}', '{sixth:yyyy-MM-dd} 08:00:00+00')");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var partitions = scope.ServiceProvider.GetRequiredService<MonthPartitions>();
            // The notifications' third month made again, and every table's fourth and fifth (the migration made three).
            Assert.Equal((1 + 3 * 2, 1L), await partitions.KeepAsync(Ct));
            Assert.Equal((0, 1L), await partitions.KeepAsync(Ct));
        }
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sixMonths = new MonthPartitions(db, new DatabaseSettings { PartitionMonthsAhead = 6 }, Microsoft.Extensions.Logging.Abstractions.NullLogger<MonthPartitions>.Instance);
            // The notifications' sixth month cannot be made while its row waits in the default; the other tables' are.
            Assert.Equal((2, 1L), await sixMonths.KeepAsync(Ct));
        }
        Assert.Equal("notifications_default", await Scalar<string>(database, $"SELECT tableoid::regclass::text FROM notifications WHERE \"Id\" = '{notification}'"));
        Assert.Equal($"notifications_{third}", await Scalar<string>(database, $"SELECT to_regclass('notifications_{third}')::text"));
        await using var read = app.NewDbContext();
        Assert.True(await read.Notifications.AnyAsync(n => n.Id == notification, Ct));
    }

    [Fact]
    public async Task ACountyUpgradedFromTheUnpartitionedVersion_KeepsItsRowsInTheHistory_AndItsLogVerifies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseWorkAbilityDatabase(DatabaseProvider.Postgres, database.ConnectionString);
        long lastBefore;
        await using (var db = new AppDbContext(options.Options))
        {
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(
                db.Database.GetMigrations().Last(m => m.EndsWith("_DropRiskCountIndexes", StringComparison.Ordinal)), Ct);
            for (int i = 0; i < 30; i++)
            {
                db.AccessLog.Add(AccessLogEntry.Record(TimeProvider.System.GetUtcNow(), "before-" + i, null, "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", true));
            }
            await db.SaveChangesAsync(Ct);
            lastBefore = await db.AccessLog.MaxAsync(e => e.Id, Ct);
            Assert.Equal("r", await Scalar<string>(database, "SELECT relkind::text FROM pg_class WHERE relname = 'access_log'"));
        }

        // The upgrade, then the app with the real clock.
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        var admin = await app.SignedInAs(DemoActors.Administrator);
        var result = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);

        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        Assert.Equal("p", await Scalar<string>(database, "SELECT relkind::text FROM pg_class WHERE relname = 'access_log'"));
        Assert.Equal(30L, await Scalar<long>(database, "SELECT count(*) FROM access_log_history WHERE \"UserId\" LIKE 'before-%'"));
        // The numbers go on from the old table's, and the old rows cannot be changed any more than before.
        Assert.True(await Scalar<long>(database, "SELECT min(\"Id\") FROM access_log WHERE \"UserId\" NOT LIKE 'before-%'") > lastBefore);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(database, "DELETE FROM access_log WHERE \"UserId\" = 'before-0'"));
        Assert.Contains("append-only", refused.MessageText, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<T> Scalar<T>(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
