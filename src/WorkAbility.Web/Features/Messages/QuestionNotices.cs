using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Notifications;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// Queues a notice when the client is asked something (F40 with F39): their own measure of work ability at the start, at 3,
/// 6 and 12 months and at the end, and where they are 3, 6 and 12 months after support ended — the questions their home page
/// shows, told once each on the channels they chose. Only clients who chose a channel are looked at, and only their latest
/// case; a second node queueing the same at once is stopped by the outbox's unique index.
/// </summary>
public sealed partial class QuestionNotices(AppDbContext db, TimeProvider clock, ILogger<QuestionNotices> logger)
{
    /// <summary>How far back an ended case can still have a question: the last situation point and its window.</summary>
    private static readonly TimeSpan EndedWithin = TimeSpan.FromDays(13 * 31) + SituationAfterSupport.AskFor;

    public async Task<int> QueueDue(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var endedAfter = now - EndedWithin;
        var cases = await (from c in db.SupportCases.AsNoTracking()
                           join client in db.Clients.AsNoTracking() on c.ClientId equals client.Id
                           where (client.NoticeByEmail || client.NoticeBySms) && (c.EndedAt == null || c.EndedAt > endedAfter)
                           where !db.SupportCases.Any(later => later.ClientId == c.ClientId && later.OpenedAt > c.OpenedAt)
                           select new { c.Id, c.ClientId, c.OpenedAt, c.EndedAt }).ToListAsync(ct);
        if (cases.Count == 0)
        {
            return 0;
        }
        var caseIds = cases.Select(c => c.Id).ToList();
        var clientIds = cases.Select(c => c.ClientId).ToList();
        // When each client was measured: self-assessments, Kykyviisari results and the case's scored need assessments (as MyCase reads them).
        var filled = (await db.SelfAssessments.AsNoTracking().Where(s => clientIds.Contains(s.ClientId)).Select(s => new { s.ClientId, s.FilledAt }).ToListAsync(ct))
            .ToLookup(s => s.ClientId, s => s.FilledAt);
        var assessed = (await db.NeedAssessments.AsNoTracking().Where(a => caseIds.Contains(a.SupportCaseId) && a.WorkAbilityScore != null)
            .Select(a => new { a.SupportCaseId, a.AssessedAt }).ToListAsync(ct)).ToLookup(a => a.SupportCaseId, a => a.AssessedAt);
        var external = (await db.ExternalMeasures.AsNoTracking().Where(m => clientIds.Contains(m.ClientId)).Select(m => new { m.ClientId, m.MeasuredOn }).ToListAsync(ct))
            .ToLookup(m => m.ClientId, m => WorkAbility.Domain.Common.FinnishCalendar.NoonOf(m.MeasuredOn));
        var answered = (await db.SituationsAfterSupport.AsNoTracking().Where(s => caseIds.Contains(s.SupportCaseId)).Select(s => new { s.SupportCaseId, s.MonthsAfter })
            .ToListAsync(ct)).ToLookup(s => s.SupportCaseId, s => s.MonthsAfter);
        var due = new List<(Guid ClientId, Guid Subject)>();
        foreach (var c in cases)
        {
            var measured = filled[c.ClientId].Concat(assessed[c.Id]).Concat(external[c.ClientId]);
            if (MeasurePoints.Due(c.OpenedAt, c.EndedAt, measured, now) is { } point)
            {
                due.Add((c.ClientId, QuestionNotice.SubjectOf(c.Id, "measure." + point)));
            }
            if (SituationAfterSupport.Due(c.EndedAt, answered[c.Id].ToList(), now) is { } months)
            {
                due.Add((c.ClientId, QuestionNotice.SubjectOf(c.Id, "situation." + months.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        }
        var subjects = due.Select(d => (Guid?)d.Subject).ToList();
        var told = (await db.ClientNotices.AsNoTracking().Where(n => n.Kind == ClientNoticeKind.QuestionDue && subjects.Contains(n.SubjectId))
            .Select(n => n.SubjectId!.Value).ToListAsync(ct)).ToHashSet();
        var toTell = due.Where(d => !told.Contains(d.Subject)).ToList();
        if (toTell.Count == 0)
        {
            return 0;
        }
        var tellIds = toTell.Select(d => d.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => tellIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var notices = toTell.SelectMany(d => ClientNotice.For(clients[d.ClientId], ClientNoticeKind.QuestionDue, d.Subject, now)).ToList();
        db.ClientNotices.AddRange(notices);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node queued the same questions first; theirs stand.
            db.ChangeTracker.Clear();
            LogQueuedElsewhere(logger, notices.Count);
            return 0;
        }
        return notices.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} question notices were already queued by another node.")]
    private static partial void LogQueuedElsewhere(ILogger logger, int count);
}
