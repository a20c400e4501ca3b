using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// Keeps <see cref="CaseRiskState"/> current: evaluates the given cases with the radar's own facts
/// and rules and rewrites their kept states (an ended case's state is removed). Used right after a
/// save that touched the cases (<see cref="CaseRiskInterceptor"/>), by the recheck round, and by a
/// worklist for its own states that have grown old.
/// </summary>
[Published]
public sealed class CaseRiskRollup(AppDbContext db, RiskThresholds thresholds, TimeProvider clock)
{
    private readonly CaseTallies tallies = new(db);

    public const int BatchSize = 500;

    private const string Savepoint = "risk_states";

    /// <summary>How many times a batch is read and written again when another writer changed one of its states meanwhile.</summary>
    public const int Attempts = 3;

    public async Task<int> Refresh(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        int written = 0;
        foreach (var batch in caseIds.Distinct().Chunk(BatchSize))
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    written += await Write(batch, ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // A save, the round or another node wrote one of these states since it was read: read them again.
                    Forget();
                }
            }
        }
        return written;
    }

    /// <summary>
    /// Evaluates one batch and writes its states and the tallies they move between in one
    /// transaction (the caller's, when it has one): a state is never counted twice or lost.
    /// </summary>
    private async Task<int> Write(Guid[] batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var evaluated = await new CaseRiskFacts(db, thresholds)
            .Evaluate(db.SupportCases.Where(c => batch.Contains(c.Id) && c.Stage != CaseStage.Ended), now, ct);
        var kept = await db.CaseRiskStates.Where(s => batch.Contains(s.SupportCaseId)).ToDictionaryAsync(s => s.SupportCaseId, ct);
        var moves = new List<(IReadOnlyList<TallyKey> Before, IReadOnlyList<TallyKey> After)>(evaluated.Count + kept.Count);
        foreach (var (row, risks) in evaluated)
        {
            var codes = risks.Select(r => r.Code);
            if (kept.Remove(row.CaseId, out var state))
            {
                var before = state.Tallies();
                state.Update(row.Standing, codes, row.FollowUpDueOn, now);
                moves.Add((before, state.Tallies()));
            }
            else
            {
                var added = CaseRiskState.Of(row.CaseId, row.Standing, codes, row.FollowUpDueOn, now);
                db.CaseRiskStates.Add(added);
                moves.Add(([], added.Tallies()));
            }
        }
        moves.AddRange(kept.Values.Select(s => (s.Tallies(), (IReadOnlyList<TallyKey>)[])));
        db.CaseRiskStates.RemoveRange(kept.Values);
        var changes = CaseTally.Changes(moves);
        if (db.Database.CurrentTransaction is { } outer)
        {
            // Inside the caller's transaction only this batch is undone if it fails; the caller's own writes stand.
            await outer.CreateSavepointAsync(Savepoint, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await tallies.Apply(changes, ct);
            }
            catch
            {
                await outer.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                throw;
            }
            await outer.ReleaseSavepointAsync(Savepoint, ct);
        }
        else
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                await tallies.Apply(changes, ct);
                await transaction.CommitAsync(ct);
            });
        }
        return evaluated.Count;
    }

    private void Forget()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is CaseRiskState or CaseTally).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// One pass of the recheck: active cases that have no state yet and states older than the
    /// recheck interval, a batch at a time.
    /// </summary>
    public async Task<int> Recheck(CancellationToken ct)
    {
        // A case met twice in one pass could not be written (it ended meanwhile, or failed): the next pass tries again.
        var seen = new HashSet<Guid>();
        return await FillMissing(ct, seen) + await RefreshStale(seen, ct);
    }

    /// <summary>Active cases without a state: written before the state existed, imported in bulk, or a failed rewrite.</summary>
    public Task<int> FillMissing(CancellationToken ct, HashSet<Guid>? seen = null) =>
        Drain(() => db.SupportCases.AsNoTracking()
            .Where(c => c.Stage != CaseStage.Ended && !db.CaseRiskStates.Any(s => s.SupportCaseId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(ct), seen ?? [], ct);

    /// <summary>
    /// Before a list or a count relies on some states (a worklist's, an organisation's), the oldest of
    /// them past the recheck interval are evaluated again, at most <paramref name="limit"/>: a small
    /// caseload is exact at once, a large one is kept by the round.
    /// </summary>
    public async Task<int> RefreshStale(IQueryable<CaseRiskState> states, int limit, CancellationToken ct)
    {
        var stale = await states.Where(CaseRiskState.StaleAt(clock.GetUtcNow(), thresholds.Recheck)).OrderBy(s => s.EvaluatedAt).Select(s => s.SupportCaseId).Take(limit).ToListAsync(ct);
        try
        {
            return stale.Count == 0 ? 0 : await Refresh(stale, ct);
        }
        catch (DbUpdateException)
        {
            // Others kept writing the same states: theirs are as fresh; the view goes on with them.
            Forget();
            return 0;
        }
    }

    private Task<int> RefreshStale(HashSet<Guid> seen, CancellationToken ct) =>
        Drain(() => db.CaseRiskStates.AsNoTracking().Where(CaseRiskState.StaleAt(clock.GetUtcNow(), thresholds.Recheck))
            .OrderBy(s => s.EvaluatedAt).Select(s => s.SupportCaseId).Take(BatchSize).ToListAsync(ct), seen, ct);

    /// <summary>Refreshes batch after batch until a batch brings no case not met before in this pass.</summary>
    private async Task<int> Drain(Func<Task<List<Guid>>> next, HashSet<Guid> seen, CancellationToken ct)
    {
        int written = 0;
        while (true)
        {
            var batch = await next();
            if (batch.Count(seen.Add) == 0)
            {
                return written;
            }
            written += await Refresh(batch, ct);
            db.ChangeTracker.Clear();
        }
    }
}
