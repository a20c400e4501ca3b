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
        var watermark = await db.StatisticsWatermarks.OrderBy(w => w.Id).FirstOrDefaultAsync(ct);
        List<Guid> ids;
        if (watermark is null)
        {
            ids = await db.SupportCases.Select(c => c.Id).OrderBy(id => id).ToListAsync(ct);
        }
        else
        {
            // Each source of change is its own indexed read (cases by last activity, feedback by time), not one scan with ORs.
            var since = watermark.RefreshedAt - Overlap;
            var changedCases = await db.SupportCases.Where(c => c.LastActivityAt >= since).Select(c => c.Id).ToListAsync(ct);
            var withFeedback = await db.Feedback.Where(f => f.GivenAt >= since).Select(f => f.SupportCaseId).ToListAsync(ct);
            var withSituation = await db.SituationsAfterSupport.Where(s => s.ToldAt >= since).Select(s => s.SupportCaseId).ToListAsync(ct);
            // A self-assessment changes the measured change of each of the client's cases.
            var measuredClients = await db.SelfAssessments.Where(a => a.FilledAt >= since).Select(a => a.ClientId).Distinct().ToListAsync(ct);
            var measured = measuredClients.Count == 0 ? [] : await db.SupportCases.Where(c => measuredClients.Contains(c.ClientId)).Select(c => c.Id).ToListAsync(ct);
            var daily = new List<Guid>();
            if (watermark.CountedForDay != today)
            {
                // Every case whose six-month mark passed since the day last counted, however long ago that was (a round
                // that did not run for weeks must still take in the marks of those weeks), and a month more for slack.
                var lastCounted = FinnishCalendar.FromLocalTime(watermark.CountedForDay.AddMonths(-CaseContributions.SixMonths).AddDays(-1).ToDateTime(TimeOnly.MinValue));
                var sixMonthWindow = new[] { now.AddMonths(-CaseContributions.SixMonths - 1), lastCounted }.Min();
                daily = await db.SupportCases.Where(c => c.Stage != CaseStage.Ended || c.LastActivityAt >= sixMonthWindow).Select(c => c.Id).ToListAsync(ct);
            }
            ids = changedCases.Concat(withFeedback).Concat(withSituation).Concat(measured).Concat(daily).Distinct().Order().ToList();
        }
        // Differences add up over all batches and reach the cells once, so a large round reads and writes each cell once.
        var pending = new Dictionary<CellKey, int>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await Recount(batch, today, now, firstRound: watermark is null, pending, ct);
        }
        int cellsChanged = await Apply(pending, firstRound: watermark is null, ct);
        watermark = await db.StatisticsWatermarks.OrderBy(w => w.Id).FirstOrDefaultAsync(ct);
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

    private readonly record struct CellKey(string Figure, DateOnly Month, string Municipality, Guid OrganisationId, WorkAbility.Domain.Cases.ServicePath Path, string Category);

    private async Task Recount(Guid[] caseIds, DateOnly today, DateTimeOffset now, bool firstRound, Dictionary<CellKey, int> pending, CancellationToken ct)
    {
        var cases = await histories.Load(caseIds, ct);
        var records = firstRound
            ? []
            : await db.StatisticsCaseRecords.Where(r => caseIds.Contains(r.SupportCaseId)).ToDictionaryAsync(r => r.SupportCaseId, ct);
        foreach (var history in cases)
        {
            var after = CaseContributions.Of(history, today);
            var record = records.GetValueOrDefault(history.CaseId);
            if (record is null)
            {
                record = new CaseStatisticsRecord(history.CaseId);
                db.StatisticsCaseRecords.Add(record);
            }
            foreach (var d in CaseContributions.Difference(ContributionText.Read(record.Contribution), after))
            {
                var key = new CellKey(d.Figure, d.Slice.Month, d.Slice.Municipality, d.Slice.OrganisationId, d.Slice.Path, d.Category);
                pending[key] = pending.GetValueOrDefault(key) + d.Count;
            }
            record.Contribution = ContributionText.Write(after);
            record.CountedAt = now;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<int> Apply(Dictionary<CellKey, int> pending, bool firstRound, CancellationToken ct)
    {
        var change = pending.Where(p => p.Value != 0).ToList();
        if (change.Count == 0)
        {
            return 0;
        }
        var cells = new Dictionary<CellKey, StatisticsCell>();
        if (!firstRound)
        {
            var figures = change.Select(c => c.Key.Figure).Distinct().ToList();
            var months = change.Select(c => c.Key.Month).Distinct().ToList();
            var organisations = change.Select(c => c.Key.OrganisationId).Distinct().ToList();
            cells = (await db.StatisticsCells
                    .Where(c => figures.Contains(c.Figure) && months.Contains(c.Month) && organisations.Contains(c.OrganisationId))
                    .ToListAsync(ct))
                .ToDictionary(c => new CellKey(c.Figure, c.Month, c.Municipality, c.OrganisationId, c.Path, c.Category));
        }
        foreach (var (key, difference) in change)
        {
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new StatisticsCell(new SliceCount(key.Figure, new Slice(key.Month, key.Municipality, key.OrganisationId, key.Path), key.Category, 0));
                db.StatisticsCells.Add(cell);
            }
            cell.Add(difference);
            if (cell.Count == 0)
            {
                db.StatisticsCells.Remove(cell);
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return change.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics rollup: {Cases} case(s) recounted, {Cells} cell(s) changed in {Milliseconds} ms.")]
    private static partial void LogRound(ILogger logger, int cases, int cells, long milliseconds);
}
