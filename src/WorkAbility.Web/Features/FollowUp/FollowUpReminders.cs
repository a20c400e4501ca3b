using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Database;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// Reminds case managers of follow-ups that have fallen due (F20), each due exactly once, however
/// many app nodes run the job: on PostgreSQL a node claims a batch of dues with
/// <c>FOR UPDATE SKIP LOCKED</c> (other nodes skip the claimed rows instead of waiting or
/// repeating them) and marks them reminded in the same transaction as the notifications; on
/// SQLite, which is single-node by nature, a process lock does the same.
/// </summary>
public sealed class FollowUpReminders(AppDbContext db, TimeProvider clock)
{
    public const int BatchSize = 100;
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    /// <summary>Sends every reminder due now; returns how many dues this node reminded.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        int total = 0;
        while (true)
        {
            int claimed = await RunBatch(ct);
            total += claimed;
            if (claimed < BatchSize)
            {
                return total;
            }
        }
    }

    private Task<int> RunBatch(CancellationToken ct) =>
        ClaimRound.InTransaction(db, SqliteLock, async () =>
        {
            var now = clock.GetUtcNow();
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
            var dues = db.Database.IsSqlite()
                ? await db.FollowUpDues
                    .Where(d => d.RemindedAt == null && d.MetOn == null && d.DueOn <= today &&
                                db.SupportCases.Any(c => c.Id == d.SupportCaseId && c.Stage != Domain.Cases.CaseStage.Ended))
                    .OrderBy(d => d.DueOn).Take(BatchSize).ToListAsync(ct)
                : await db.FollowUpDues.FromSqlInterpolated($"""
                    SELECT d.* FROM follow_up_dues d
                    JOIN support_cases c ON c."Id" = d."SupportCaseId"
                    WHERE d."RemindedAt" IS NULL AND d."MetOn" IS NULL AND d."DueOn" <= {today} AND c."Stage" <> 'Ended'
                    ORDER BY d."DueOn"
                    LIMIT {BatchSize}
                    FOR UPDATE OF d SKIP LOCKED
                    """).ToListAsync(ct);
            if (dues.Count == 0)
            {
                return 0;
            }
            var caseIds = dues.Select(d => d.SupportCaseId).Distinct().ToList();
            var managers = await db.Teams.AsNoTracking().Where(t => caseIds.Contains(t.SupportCaseId)).ToDictionaryAsync(t => t.SupportCaseId, t => t.CaseManagerId, ct);
            var coordinators = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id) && c.CoordinatorId != null)
                .ToDictionaryAsync(c => c.Id, c => c.CoordinatorId!.Value, ct);
            foreach (var due in dues)
            {
                // The case manager follows up; before a team exists, the coordinator.
                Guid? recipient = managers.TryGetValue(due.SupportCaseId, out var m) ? m : coordinators.TryGetValue(due.SupportCaseId, out var c) ? c : null;
                if (due.MarkReminded(now) && recipient is { } r)
                {
                    db.Notifications.Add(Notification.To(r, NotificationKind.FollowUpDue, due.SupportCaseId, now));
                }
            }
            await db.SaveChangesAsync(ct);
            return dues.Count;
        }, ct);
}
