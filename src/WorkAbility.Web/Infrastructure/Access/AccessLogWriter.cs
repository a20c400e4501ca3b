using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>One access about to be logged.</summary>
public sealed record AccessRecord(Guid? ClientId, AccessAction Action, string Resource, string Purpose, bool Allowed);

/// <summary>The access log could not be written; the data must not be returned (fail closed → 503).</summary>
public sealed class AccessLogUnavailableException(Exception inner) : Exception("The access log could not be written.", inner);

/// <summary>
/// Appends entries to the hash-chained access log. Appends are serialised — a transaction-scoped
/// advisory lock on PostgreSQL (safe across app nodes), a process lock on SQLite (one node) — so
/// each entry links to the one before it without gaps.
/// </summary>
public sealed partial class AccessLogWriter(AppDbContext db, TimeProvider clock, ILogger<AccessLogWriter> logger)
{
    private const long ChainLockKey = 0x5741_4C4F_4700; // "WALOG"
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    public async Task AppendAsync(Actor actor, IReadOnlyCollection<AccessRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }
        bool sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await SqliteLock.WaitAsync(ct);
        }
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (!sqlite)
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
                }
                var head = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                long sequence = head?.Sequence ?? 0;
                string previous = head?.Hash ?? AccessLogEntry.GenesisHash;
                var now = clock.GetUtcNow();
                var entries = new List<AccessLogEntry>(records.Count);
                foreach (var r in records)
                {
                    var entry = AccessLogEntry.Chain(++sequence, previous, now, actor.UserId, actor.OrganisationId,
                        actor.Kind is ActorKind.Client ? "Client" : actor.Role?.ToString() ?? actor.Kind.ToString(),
                        r.ClientId, r.Action, r.Resource, r.Purpose, r.Allowed);
                    entries.Add(entry);
                    previous = entry.Hash;
                }
                db.AccessLog.AddRange(entries);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                foreach (var e in entries)
                {
                    db.Entry(e).State = EntityState.Detached;
                }
            });
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            db.ChangeTracker.Entries<AccessLogEntry>().ToList().ForEach(e => e.State = EntityState.Detached);
            LogWriteFailed(logger, ex.GetType().Name);
            throw new AccessLogUnavailableException(ex);
        }
        finally
        {
            if (sqlite)
            {
                SqliteLock.Release();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Access log write failed ({ExceptionType}); client data withheld.")]
    private static partial void LogWriteFailed(ILogger logger, string exceptionType);
}
