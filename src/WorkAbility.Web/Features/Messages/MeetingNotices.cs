using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// Queues the meeting reminders due now (F40, <see cref="MeetingReminder"/>): for each scheduled meeting of an active case
/// that the client takes part in and that begins within two days, one notice per channel the client chose, once per
/// meeting and reminder — a second node queueing the same at the same moment is stopped by the unique index.
/// </summary>
public sealed partial class MeetingNotices(AppDbContext db, TimeProvider clock, ILogger<MeetingNotices> logger)
{
    public async Task<int> QueueDue(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + MeetingReminder.TwoDays;
        var meetings = await (from m in db.Meetings.AsNoTracking()
                              where m.Status == MeetingStatus.Scheduled && m.ClientTakesPart && m.Start > now && m.Start <= until
                              join c in db.SupportCases.AsNoTracking() on m.SupportCaseId equals c.Id
                              where c.Stage != CaseStage.Ended
                              select new { m.Id, Start = m.Start!.Value, c.ClientId }).ToListAsync(ct);
        if (meetings.Count == 0)
        {
            return 0;
        }
        var ids = meetings.Select(m => (Guid?)m.Id).ToList();
        var told = (await db.ClientNotices.AsNoTracking().Where(n => ids.Contains(n.SubjectId)).Select(n => new { n.SubjectId, n.Kind }).ToListAsync(ct))
            .Select(n => (n.SubjectId!.Value, n.Kind)).ToHashSet();
        var due = meetings.Select(m => (m.Id, m.ClientId, Kind: MeetingReminder.Due(m.Start, now)))
            .Where(m => m.Kind is { } kind && !told.Contains((m.Id, kind))).ToList();
        var clientIds = due.Select(m => m.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id) && (c.NoticeByEmail || c.NoticeBySms)).ToDictionaryAsync(c => c.Id, ct);
        var notices = due.Where(m => clients.ContainsKey(m.ClientId)).SelectMany(m => ClientNotice.For(clients[m.ClientId], m.Kind!.Value, m.Id, now)).ToList();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} meeting reminders were already queued by another node.")]
    private static partial void LogQueuedElsewhere(ILogger logger, int count);
}

/// <summary>Every <c>Messaging:IntervalSeconds</c> while a channel is configured: queue the meeting and task reminders and the questions due, then send what is due.</summary>
public sealed partial class NoticeRounds(IServiceScopeFactory scopes, Infrastructure.Messaging.MessagingSettings settings, TimeProvider clock,
    ILogger<NoticeRounds> logger) : BackgroundService
{
    private DateOnly? questionsLookedOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled || !settings.RoundsEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MeetingNotices>().QueueDue(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ClientTasks.TaskNotices>().QueueDue(stoppingToken);
                // The questions come due by the day: looked for once a day on each node, not on every tick.
                var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(clock.GetUtcNow());
                if (questionsLookedOn != today)
                {
                    await scope.ServiceProvider.GetRequiredService<QuestionNotices>().QueueDue(stoppingToken);
                    questionsLookedOn = today;
                }
                await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Claimed notices come back when their lease ends; nothing is lost.
                LogRoundFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client notice round failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogRoundFailed(ILogger logger, string exceptionType);
}
