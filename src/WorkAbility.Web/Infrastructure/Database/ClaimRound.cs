using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>
/// One claim of background work (reminders due, documents to deliver) in its own transaction,
/// however many app nodes run it: on PostgreSQL the work's own query claims rows with
/// <c>FOR UPDATE SKIP LOCKED</c> and the execution strategy retries the claim after a dropped
/// connection; on SQLite, single-node by nature, the caller's process lock keeps rounds apart.
/// </summary>
public static class ClaimRound
{
    public static async Task<T> InTransaction<T>(AppDbContext db, SemaphoreSlim sqliteLock, Func<Task<T>> claim, CancellationToken ct)
    {
        bool sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await sqliteLock.WaitAsync(ct);
        }
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await claim();
                await transaction.CommitAsync(ct);
                return result;
            });
        }
        finally
        {
            if (sqlite)
            {
                sqliteLock.Release();
            }
        }
    }
}
