using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Features.Home;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Scale;

/// <summary>
/// The home page's counts are read on a PostgreSQL hot standby (started here with pg_basebackup and streaming
/// replication) when one is configured: the primary's new case shows once the standby has replayed it, the page
/// says how old the counts are while the standby is behind, and a standby that is down is skipped for the primary.
/// </summary>
public class ReadingFromAHotStandbyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHomeCounts_ComeFromTheStandby_FollowThePrimary_AndFallBackWhenItIsDown()
    {
        // A cluster of its own: the standby copies the whole cluster, and this one is stopped under the app.
        var primary = new PostgresCluster();
        await primary.InitializeAsync();
        try
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, primary);
            int standbyPort = PostgresCluster.UnusedPort();
            var standbyDatabase = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = standbyPort }.ConnectionString;
            await using var app = new WorkAbilityApp(database, demoClients: 10, settings: new Dictionary<string, string>
            {
                ["ConnectionStrings:WorkAbilityStandby"] = standbyDatabase,
                ["Home:OverviewSeconds"] = "0",
            });
            _ = app.Services;
            var standbyAdmin = await primary.StartStandbyAsync(standbyPort);
            await CaughtUp(primary, standbyAdmin);

            int before = await ActiveCases(app);
            Assert.Equal(before, (await Overview(app)).StageTotal);

            // The standby stops replaying; a case opened on the primary is not in its counts, and the counts say they are older.
            await Sql(standbyAdmin, "SELECT pg_wal_replay_pause()");
            await OpenCase(app);
            Assert.Equal(before + 1, await ActiveCases(app));
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);
            var behind = await Overview(app);
            Assert.Equal(before, behind.StageTotal);
            Assert.True(behind.CountedAt < app.Clock.GetUtcNow(), "counts read behind the primary are dated back by the lag");

            // Replaying again, the standby catches up and the counts include the case.
            await Sql(standbyAdmin, "SELECT pg_wal_replay_resume()");
            await CaughtUp(primary, standbyAdmin);
            var current = await Overview(app);
            Assert.Equal(before + 1, current.StageTotal);
            var home = await (await app.SignedInAs(DemoActors.SoteNurse)).GetStringAsync(new Uri("/", UriKind.Relative), Ct);
            Assert.Contains("Tilanne", home, StringComparison.Ordinal);

            // The standby goes away: the counts come from the primary.
            await primary.StopStandbyAsync();
            Assert.Equal(before + 1, (await Overview(app)).StageTotal);
        }
        finally
        {
            await primary.DisposeAsync();
        }
    }

    private static async Task<ServiceOverview.Result> Overview(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceOverview.Handler>().Handle(Ct);
    }

    private static async Task<int> ActiveCases(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        return db.SupportCases.Count(c => c.Stage != CaseStage.Ended);
    }

    private static async Task OpenCase(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        var nurse = db.Professionals.Single(p => p.Username == DemoActors.SoteNurse);
        var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1975, 5, 5), 321).Value;
        var client = WorkAbility.Domain.Clients.Client.Register(code, "Valmis", "Varakopio", "Esikylä", null, null, app.Clock.GetUtcNow(), nurse.OrganisationId);
        db.Clients.Add(client);
        db.SupportCases.Add(SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.NeedAssessment, nurse.OrganisationId, nurse.Id, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private static async Task CaughtUp(PostgresCluster primary, string standbyAdmin)
    {
        var written = (string)(await Scalar(primary.AdminConnectionString, "SELECT pg_current_wal_lsn()::text"))!;
        for (int i = 0; i < 600; i++)
        {
            if (await Scalar(standbyAdmin, $"SELECT pg_last_wal_replay_lsn() >= '{written}'::pg_lsn") is true)
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        Assert.Fail("the standby did not catch up with the primary within a minute");
    }

    private static async Task Sql(string connectionString, string sql) => await Scalar(connectionString, sql);

    private static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct);
    }
}
