using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>
/// On PostgreSQL the access log, case events and notifications are partitioned by month (migration
/// <c>MonthPartitions</c>). This adds the partitions of the coming months ("Database:PartitionMonthsAhead",
/// default 3) before rows need them – after every <c>migrate</c> and once a day on each node – and says
/// when rows have had to wait in a table's default partition (a month that had no partition in time).
/// On SQLite, a single county's file, there is nothing to do.
/// </summary>
public sealed partial class MonthPartitions(AppDbContext db, DatabaseSettings settings, ILogger<MonthPartitions> logger) : IAfterMigration
{
    public const string Function = "workability_add_month_partitions";
    public static readonly string[] Tables = ["access_log", "case_events", "notifications"];

    public async Task<(int Made, long InDefault)> KeepAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return (0, 0);
        }
        int ahead = settings.PartitionMonthsAhead;
        // Identifiers cannot be parameters: the function's and the tables' names are the constants above; the months are a parameter.
#pragma warning disable EF1002
        int made = await db.Database.SqlQueryRaw<int>($"SELECT {Function}({{0}}) AS \"Value\"", ahead).SingleAsync(ct);
        long inDefault = await db.Database.SqlQueryRaw<long>(
            $"SELECT {string.Join(" + ", Tables.Select(t => $"(SELECT count(*) FROM {t}_default)"))} AS \"Value\"").SingleAsync(ct);
#pragma warning restore EF1002
        if (inDefault > 0)
        {
            LogRowsInDefault(logger, inDefault);
        }
        return (made, inDefault);
    }

    async Task<string> IAfterMigration.RunAsync(CancellationToken ct)
    {
        var (made, inDefault) = await KeepAsync(ct);
        return db.Database.IsNpgsql()
            ? $"Month partitions: {made} made; rows in default partitions: {inDefault}."
            : "Month partitions: not used on SQLite.";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Rows} rows wait in default partitions: a month had no partition when they were written (see docs/scale.md).")]
    private static partial void LogRowsInDefault(ILogger logger, long rows);
}

/// <summary>Runs <see cref="MonthPartitions"/> when the node starts and then once a day.</summary>
public sealed partial class MonthPartitionRounds(IServiceScopeFactory scopes, TimeProvider clock, DatabaseSettings settings,
    ILogger<MonthPartitionRounds> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.PartitionRoundsEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (made, _) = await scope.ServiceProvider.GetRequiredService<MonthPartitions>().KeepAsync(stoppingToken);
                if (made > 0)
                {
                    LogMade(logger, made);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
            {
                // Not yet migrated, or the database away: the months ahead leave time for tomorrow's round.
                LogFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Month partitions made: {Count}.")]
    private static partial void LogMade(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Month partition round failed ({ExceptionType}); tried again tomorrow.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
