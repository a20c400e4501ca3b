using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>A read that may come from the hot standby: the value, and how far the standby was behind (null: read from the primary).</summary>
public sealed record StandbyRead<T>(T Value, TimeSpan? Lag);

/// <summary>
/// Reads that tolerate a little lag and show no client's data (the home page's aggregate counts) go to a
/// PostgreSQL hot standby when <c>ConnectionStrings:WorkAbilityStandby</c> names one, so the primary keeps
/// its work for people's reads and writes. The read says how far the standby's replay was behind, for the
/// page to show; a standby that does not answer is skipped for the primary, and the fall-back is logged.
/// </summary>
public sealed partial class StandbyReads(DatabaseSettings settings, ConnectionStringSettings connections, ILogger<StandbyReads> logger)
{
    private readonly DbContextOptions<AppDbContext>? options = Options(settings, connections);

    private static DbContextOptions<AppDbContext>? Options(DatabaseSettings settings, ConnectionStringSettings connections)
    {
        if (connections.WorkAbilityStandby is not { Length: > 0 } connectionString || settings.Provider is not DatabaseProvider.Postgres)
        {
            return null;
        }
        // No retries and a short connect timeout: a standby that does not answer is skipped for the primary at once.
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.Pooled(connectionString));
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            connection.Timeout = 3;
        }
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseNpgsql(connection.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return builder.Options;
    }

    public async Task<StandbyRead<T>> Read<T>(AppDbContext primary, Func<AppDbContext, Task<T>> read, CancellationToken ct)
    {
        if (options is not null)
        {
            try
            {
                await using var standby = new AppDbContext(options);
                // Behind only while received changes wait to be replayed (an idle standby that has replayed everything is
                // current), then by the time since the last change it replayed, or since it started if it has replayed none.
                var behindSeconds = await standby.Database.SqlQueryRaw<double?>("""
                    SELECT CASE WHEN pg_last_wal_receive_lsn() IS DISTINCT FROM pg_last_wal_replay_lsn()
                                THEN EXTRACT(EPOCH FROM now() - COALESCE(pg_last_xact_replay_timestamp(), pg_postmaster_start_time()))::float8
                                ELSE 0 END AS "Value"
                    """).SingleAsync(ct);
                return new StandbyRead<T>(await read(standby), TimeSpan.FromSeconds(Math.Max(0, behindSeconds ?? 0)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogStandbySkipped(logger, ex.GetType().Name);
            }
        }
        return new StandbyRead<T>(await read(primary), null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hot standby did not answer ({ExceptionType}); the read went to the primary.")]
    private static partial void LogStandbySkipped(ILogger logger, string exceptionType);
}
