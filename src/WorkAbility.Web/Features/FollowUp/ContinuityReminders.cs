using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Notifications;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// F41: a continuity plan an organisation has not acknowledged in seven days is told to the case's last case manager (else
/// its coordinator), once; each is its own small save guarded by its version, so two nodes tell it once.
/// </summary>
public sealed class ContinuityReminders(AppDbContext db, TimeProvider clock)
{
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = now.AddDays(-ContinuityHandoff.UnacknowledgedDays);
        var ids = await db.ContinuityHandoffs.AsNoTracking().Where(h => h.AcknowledgedAt == null && h.ReminderSentAt == null && h.SentAt < before)
            .OrderBy(h => h.SentAt).Take(500).Select(h => h.Id).ToListAsync(ct);
        int told = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var handoff = await db.ContinuityHandoffs.SingleAsync(h => h.Id == id, ct);
            var supportCase = await db.SupportCases.SingleAsync(c => c.Id == handoff.SupportCaseId, ct);
            var manager = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == supportCase.Id).Select(t => (Guid?)t.CaseManagerId).SingleOrDefaultAsync(ct);
            supportCase.Tell(WhoIsTold.ContinuityUnacknowledged(supportCase.Id, handoff.Id, manager ?? supportCase.CoordinatorId, now));
            handoff.MarkReminded(now);
            try
            {
                await db.SaveChangesAsync(ct);
                told++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Acknowledged meanwhile, or another node told it.
            }
        }
        return told;
    }
}
