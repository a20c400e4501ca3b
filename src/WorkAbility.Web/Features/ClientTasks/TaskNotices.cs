using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>
/// Queues the reminders of tasks due tomorrow (F40): for each open task of an active case due on the next Finnish day, one
/// notice per channel the client chose, once per task — a second node queueing the same at once is stopped by the unique index.
/// </summary>
[Published]
public sealed partial class TaskNotices(AppDbContext db, TimeProvider clock, ILogger<TaskNotices> logger)
{
    public async Task<int> QueueDue(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tomorrow = FinnishCalendar.DateOf(now).AddDays(1);
        var due = await (from t in db.ClientTasks.AsNoTracking()
                         where t.DueOn == tomorrow && t.DoneAt == null && t.CancelledAt == null
                         join c in db.SupportCases.AsNoTracking() on t.SupportCaseId equals c.Id
                         where c.Stage != CaseStage.Ended
                         where !db.ClientNotices.Any(n => n.SubjectId == t.Id && n.Kind == ClientNoticeKind.TaskDueTomorrow)
                         select new { t.Id, t.ClientId }).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var clientIds = due.Select(t => t.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id) && (c.NoticeByEmail || c.NoticeBySms)).ToDictionaryAsync(c => c.Id, ct);
        var notices = due.Where(t => clients.ContainsKey(t.ClientId))
            .SelectMany(t => ClientNotice.For(clients[t.ClientId], ClientNoticeKind.TaskDueTomorrow, t.Id, now)).ToList();
        if (notices.Count == 0)
        {
            return 0;
        }
        db.ClientNotices.AddRange(notices);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node queued the same reminders first; theirs stand.
            db.ChangeTracker.Clear();
            LogQueuedElsewhere(logger, notices.Count);
            return 0;
        }
        return notices.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} task reminders were already queued by another node.")]
    private static partial void LogQueuedElsewhere(ILogger logger, int count);
}
