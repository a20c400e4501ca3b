using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace WorkAbility.Data;

/// <summary>
/// Retries an operation that failed on a transient PostgreSQL error. After a server restart every
/// idle pooled connection is dead; clearing the pool on the first such error means the retry opens
/// a fresh connection instead of trying the next dead one, so users see no error at all.
/// </summary>
public sealed class ReconnectingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)
{
    protected override bool ShouldRetryOn(Exception? exception)
    {
        bool retry = base.ShouldRetryOn(exception) || exception is NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or EndOfStreamException };
        if (retry)
        {
            NpgsqlConnection.ClearAllPools();
        }
        return retry;
    }
}
