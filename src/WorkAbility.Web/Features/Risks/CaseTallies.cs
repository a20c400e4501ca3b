using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// Reads and moves the kept counts of active cases (<see cref="CaseTally"/>). The risk states'
/// writer applies each batch's changes in its own transaction; a count is an increment in the
/// database, so two writers of different cases never overwrite each other's count.
/// </summary>
[Published]
public sealed class CaseTallies(AppDbContext db)
{
    /// <summary>One scope's tallies: value counted by (risk bits or a stage) and how many cases.</summary>
    public async Task<IReadOnlyList<(int Key, int Count)>> Of(TallyKind kind, Guid scopeId, CancellationToken ct) =>
        (await db.CaseTallies.AsNoTracking().Where(t => t.Kind == kind && t.ScopeId == scopeId && t.Count != 0)
            .Select(t => new { t.Key, t.Count }).ToListAsync(ct))
        .Select(t => (t.Key, t.Count)).ToList();

    /// <summary>Applies the changes in their fixed order (writers lock shared tallies in the same order, so they cannot deadlock).</summary>
    public async Task Apply(IReadOnlyList<(TallyKey Key, int Change)> changes, CancellationToken ct)
    {
        // A retried attempt starts again from what the database holds.
        foreach (var entry in db.ChangeTracker.Entries<CaseTally>().ToList())
        {
            entry.State = EntityState.Detached;
        }
        var missing = new List<CaseTally>();
        foreach (var (key, change) in changes)
        {
            int moved = await db.CaseTallies.Where(t => t.Kind == key.Kind && t.ScopeId == key.ScopeId && t.Key == key.Key)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Count, t => t.Count + change), ct);
            if (moved == 0)
            {
                missing.Add(new CaseTally(key, change));
            }
        }
        if (missing.Count > 0)
        {
            // A group counted for the first time; two writers adding the same one collide on the key and the loser retries.
            db.CaseTallies.AddRange(missing);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Counts every tally again from the states when there are states but no tallies (the first start
    /// after the upgrade that brought them, or a restore without them). Returns the number of tallies written.
    /// </summary>
    public async Task<int> CountIfMissing(CancellationToken ct)
    {
        if (await db.CaseTallies.AnyAsync(ct) || !await db.CaseRiskStates.AnyAsync(ct))
        {
            return 0;
        }
        int counted = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                // Writers of states wait while the states are read, so a state written meanwhile is counted exactly once.
                await db.Database.ExecuteSqlRawAsync("LOCK TABLE case_tallies IN SHARE ROW EXCLUSIVE MODE", ct);
            }
            // Rows a writer added before the lock are replaced by the count, which includes that writer's state.
            await db.CaseTallies.ExecuteDeleteAsync(ct);
            var counting = new TallyChanges();
            await foreach (var state in db.CaseRiskStates.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                counting.Move([], state.Tallies());
            }
            var tallies = counting.Net().Select(c => new CaseTally(c.Key, c.Change)).ToList();
            db.CaseTallies.AddRange(tallies);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return tallies.Count;
        });
        db.ChangeTracker.Clear();
        return counted;
    }
}
