using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// Keeps the statistics rollup (<see cref="StatisticsCell"/>) up to date: each round recounts only
/// the cases that changed since the last one (and once a day the active ones, whose "today"
/// figures move with the calendar), taking off each case's old contribution and adding the new.
/// Dashboards read the rollup, never the cases.
/// </summary>
public sealed partial class StatisticsRollup(AppDbContext db, CaseHistories histories, TimeProvider clock, ILogger<StatisticsRollup> logger)
{
    public const int BatchSize = 500;

    /// <summary>Changes saved this close to the last round are taken in again (clocks of several nodes differ a little).</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    public sealed record Round(int CasesCounted, int CellsChanged, TimeSpan Took);

    public Task<Round> RunOnce(CancellationToken ct) =>
        // The round is one transaction; a dropped connection retries it whole.
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct, async token =>
        {
            db.ChangeTracker.Clear();
            return await RunRound(token);
        });

    private async Task<Round> RunRound(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        var today = FinnishCalendar.DateOf(now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // One node at a time: two rounds applying the same difference would count it twice.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7340033)", ct);
        }
        var watermark = await db.StatisticsWatermarks.FirstOrDefaultAsync(ct);
        IQueryable<Guid> changed;
        if (watermark is null)
        {
            changed = db.SupportCases.Select(c => c.Id);
        }
        else
        {
            var since = watermark.RefreshedAt - Overlap;
            var newDay = watermark.CountedForDay != today;
            var sixMonthWindow = now.AddMonths(-CaseContributions.SixMonths - 1);
            changed = db.SupportCases
                .Where(c => c.LastActivityAt >= since
                    || (newDay && (c.Stage != CaseStage.Ended || c.LastActivityAt >= sixMonthWindow))
                    || db.Feedback.Any(f => f.SupportCaseId == c.Id && f.GivenAt >= since))
                .Select(c => c.Id);
        }
        var ids = await changed.OrderBy(id => id).ToListAsync(ct);
        int cellsChanged = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            cellsChanged += await Recount(batch, today, now, ct);
        }
        watermark = await db.StatisticsWatermarks.FirstOrDefaultAsync(ct);
        if (watermark is null)
        {
            db.StatisticsWatermarks.Add(new StatisticsWatermark { RefreshedAt = now, CountedForDay = today });
        }
        else
        {
            watermark.RefreshedAt = now;
            watermark.CountedForDay = today;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var round = new Round(ids.Count, cellsChanged, clock.GetElapsedTime(started));
        if (round.CasesCounted > 0)
        {
            LogRound(logger, round.CasesCounted, round.CellsChanged, (long)round.Took.TotalMilliseconds);
        }
        return round;
    }

    private async Task<int> Recount(Guid[] caseIds, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var cases = await histories.Load(caseIds, ct);
        var records = await db.StatisticsCaseRecords.Where(r => caseIds.Contains(r.SupportCaseId)).ToDictionaryAsync(r => r.SupportCaseId, ct);
        var differences = new List<SliceCount>();
        foreach (var history in cases)
        {
            var after = CaseContributions.Of(history, today);
            var record = records.GetValueOrDefault(history.CaseId);
            if (record is null)
            {
                record = new CaseStatisticsRecord(history.CaseId);
                db.StatisticsCaseRecords.Add(record);
            }
            differences.AddRange(CaseContributions.Difference(ContributionText.Read(record.Contribution), after));
            record.Contribution = ContributionText.Write(after);
            record.CountedAt = now;
        }
        var change = CaseContributions.Difference([], differences);
        if (change.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return 0;
        }
        var figures = change.Select(c => c.Figure).Distinct().ToList();
        var months = change.Select(c => c.Slice.Month).Distinct().ToList();
        var organisations = change.Select(c => c.Slice.OrganisationId).Distinct().ToList();
        var existing = await db.StatisticsCells
            .Where(c => figures.Contains(c.Figure) && months.Contains(c.Month) && organisations.Contains(c.OrganisationId))
            .ToListAsync(ct);
        var cells = existing.ToDictionary(c => (c.Figure, c.Month, c.Municipality, c.OrganisationId, c.Path, c.Category));
        foreach (var count in change)
        {
            var key = (count.Figure, count.Slice.Month, count.Slice.Municipality, count.Slice.OrganisationId, count.Slice.Path, count.Category);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new StatisticsCell(count with { Count = 0 });
                db.StatisticsCells.Add(cell);
            }
            cell.Add(count.Count);
            if (cell.Count == 0)
            {
                db.StatisticsCells.Remove(cell);
                cells.Remove(key);
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return change.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics rollup: {Cases} case(s) recounted, {Cells} cell(s) changed in {Milliseconds} ms.")]
    private static partial void LogRound(ILogger logger, int cases, int cells, long milliseconds);
}
