using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>
/// Chains written access-log entries: gives each the next sequence number and its keyed MAC, in
/// insertion order, in batches. One sealer at a time across all app nodes (a transaction-scoped
/// advisory lock on PostgreSQL, a process lock on SQLite); requests never wait for it. The first
/// link after an earlier version's log is a re-seal entry anchored to that log's head; a change of
/// the current key is recorded as an entry sealed with the new key.
/// </summary>
public sealed partial class AccessLogSealer(AppDbContext db, AccessLogKeyring keys, TimeProvider clock, ILogger<AccessLogSealer> logger)
{
    public const int BatchSize = 2000;
    public const string SystemUser = "system:access-log";
    public const string ResealResource = "access-log.reseal";
    public const string KeyRotationResource = "access-log.key-rotation";

    /// <summary>
    /// How far before the chain head's time unsealed entries are looked for: a transaction that
    /// wrote an entry commits within the command timeout, far less than this.
    /// </summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromMinutes(10);

    private const long SealLockKey = 0x5741_4C4F_4701; // "WALOG" + 1
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    /// <summary>Looks at the whole log: what the verifier asks for before it walks the chain.</summary>
    public static readonly TimeSpan WholeLog = TimeSpan.MaxValue;

    /// <summary>
    /// Seals everything committed so far; returns how many entries were sealed. With
    /// <paramref name="wait"/> false it gives way at once if another node is sealing. Entries from
    /// <paramref name="lookback"/> (default <see cref="Lookback"/>) before the head's time on are
    /// looked at; a wider one, or <see cref="WholeLog"/>, also finds entries of a node whose clock was behind.
    /// </summary>
    /// <param name="newOnly">
    /// Only entries numbered after the chain's head: the frequent pass, which reads an index range instead of
    /// comparing the whole lookback window with the chain. The passes with a lookback find the few entries
    /// whose transaction committed after a later-numbered one had been sealed.
    /// </param>
    public async Task<int> SealAsync(bool wait, CancellationToken ct, TimeSpan? lookback = null, bool newOnly = false)
    {
        int total = 0;
        while (true)
        {
            var (sealedNow, more) = await SealBatchAsync(wait, lookback ?? Lookback, newOnly, ct);
            total += sealedNow;
            if (!more)
            {
                return total;
            }
        }
    }

    private async Task<(int Sealed, bool More)> SealBatchAsync(bool wait, TimeSpan lookback, bool newOnly, CancellationToken ct)
    {
        bool sqlite = db.Database.IsSqlite();
        if (sqlite && !await SqliteLock.WaitAsync(wait ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, ct))
        {
            return (0, false);
        }
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (!sqlite && !await TakeLockAsync(wait, ct))
                {
                    return (0, false);
                }
                var (sequence, previous, headTime, headEntry, lead) = await HeadAsync(ct);
                var pending = db.AccessLog.AsNoTracking().Where(e => !db.AccessLogChain.Any(s => s.EntryId == e.Id));
                if (headTime is not null && newOnly)
                {
                    pending = pending.Where(e => e.Id > headEntry);
                }
                else if (headTime is { } since && lookback != WholeLog)
                {
                    var from = since - lookback;
                    pending = pending.Where(e => e.OccurredAt >= from);
                }
                var batch = await pending.OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
                if (batch.Count == 0 && lead.Count == 0)
                {
                    await transaction.CommitAsync(ct);
                    return (0, false);
                }
                if (lead.Count > 0)
                {
                    db.AccessLog.AddRange(lead);
                    await db.SaveChangesAsync(ct);
                }
                var now = clock.GetUtcNow();
                foreach (var entry in lead.Concat(batch))
                {
                    var seal = AccessLogSeal.Link(++sequence, previous, keys.CurrentId, keys.Current, entry, now);
                    db.AccessLogChain.Add(seal);
                    previous = seal.Mac;
                }
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
                return (batch.Count, batch.Count == BatchSize);
            });
        }
        finally
        {
            if (sqlite)
            {
                SqliteLock.Release();
            }
        }
    }

    private async Task<bool> TakeLockAsync(bool wait, CancellationToken ct)
    {
        if (wait)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SealLockKey})", ct);
            return true;
        }
        return await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({SealLockKey}) AS \"Value\"").SingleAsync(ct);
    }

    /// <summary>The chain's head, and the entries that must lead the next links (re-seal, key rotation).</summary>
    private async Task<(long Sequence, string Previous, DateTimeOffset? HeadTime, long HeadEntry, List<AccessLogEntry> Lead)> HeadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var head = await db.AccessLogChain.AsNoTracking().OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(ct);
        if (head is null)
        {
            var legacy = await db.LegacyAccessLog.AsNoTracking().OrderByDescending(l => l.Sequence)
                .Select(l => new { l.Sequence, l.Hash }).FirstOrDefaultAsync(ct);
            if (legacy is null)
            {
                return (0, AccessLogSeal.Genesis, null, 0, []);
            }
            LogResealed(logger, legacy.Sequence);
            return (0, legacy.Hash, null, 0,
            [
                AccessLogEntry.Record(now, SystemUser, null, "System", null, AccessAction.Update, ResealResource,
                    $"legacy SHA-256 segment 1-{legacy.Sequence} ends {legacy.Hash}", true),
            ]);
        }
        var headTime = await db.AccessLog.AsNoTracking().Where(e => e.Id == head.EntryId).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
        List<AccessLogEntry> lead = [];
        if (head.KeyId != keys.CurrentId)
        {
            LogKeyRotated(logger, head.KeyId, keys.CurrentId);
            lead.Add(AccessLogEntry.Record(now, SystemUser, null, "System", null, AccessAction.Update, KeyRotationResource,
                $"key {head.KeyId} -> {keys.CurrentId}", true));
        }
        return (head.Sequence, head.Mac, headTime, head.EntryId, lead);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access log: the earlier version's log (1-{LastSequence}) is re-sealed as the legacy segment; the keyed chain starts after it.")]
    private static partial void LogResealed(ILogger logger, long lastSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access log: key rotated from {OldKeyId} to {NewKeyId}; recorded as an entry.")]
    private static partial void LogKeyRotated(ILogger logger, string oldKeyId, string newKeyId);
}

/// <summary>
/// Seals the access log on every node every <c>AccessLog:SealIntervalMilliseconds</c> (one node at a time wins): entries
/// after the chain's head on each tick, the lookback window for late commits every <c>AccessLog:LateCommitSeconds</c>, a
/// day back every hour.
/// </summary>
public sealed partial class AccessLogSealingService(IServiceScopeFactory scopes, AccessLogSettings settings, TimeProvider clock,
    ILogger<AccessLogSealingService> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);

    /// <summary>The hourly sweep looks a day back: wide enough for any clock skew, cheap at a county's log size (indexed by time).</summary>
    private static readonly TimeSpan SweepLookback = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Sealing.Enabled)
        {
            return;
        }
        var interval = TimeSpan.FromMilliseconds(settings.SealIntervalMilliseconds);
        using var timer = new PeriodicTimer(interval, clock);
        var lateEvery = TimeSpan.FromSeconds(settings.LateCommitSeconds);
        var lastSweep = DateTimeOffset.MinValue;
        var lastLate = DateTimeOffset.MinValue;
        do
        {
            try
            {
                var now = clock.GetUtcNow();
                bool sweep = now - lastSweep >= SweepEvery;
                bool late = sweep || now - lastLate >= lateEvery;
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AccessLogSealer>().SealAsync(wait: false, stoppingToken, sweep ? SweepLookback : null, newOnly: !late);
                if (sweep)
                {
                    lastSweep = now;
                }
                if (late)
                {
                    lastLate = now;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The database may be away for a moment; the next tick tries again and nothing is lost.
                LogSealFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access log sealing failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogSealFailed(ILogger logger, string exceptionType);
}
