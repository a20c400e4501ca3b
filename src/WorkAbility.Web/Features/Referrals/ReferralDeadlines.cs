using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// Holds referrals to their service level (F41): a referral past its respond-by day unanswered is told to the provider's
/// staff and to the sending team, once; one unanswered for <see cref="ReferralServiceLevel.OverdueWorkingDays"/> working
/// days is told to the case's coordinator, once (the radar shows it as a risk meanwhile). Each referral is its own small
/// save guarded by its version: when two nodes reach the same referral, or the provider answers meanwhile, only one wins.
/// </summary>
public sealed class ReferralDeadlines(AppDbContext db, TimeProvider clock)
{
    /// <summary>At most this many referrals a round: a backlog after a long stop is worked off over a few rounds.</summary>
    public const int Batch = 500;

    /// <summary>Tells of late and overdue referrals; returns how many referrals this node told of.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = FinnishCalendar.DateOf(now);
        var candidates = await db.Referrals.AsNoTracking()
            .Where(r => (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received) && r.RespondBy < today)
            .Where(r => r.LateToldAt == null || r.OverdueToldAt == null)
            .OrderBy(r => r.RespondBy).ThenBy(r => r.Id).Take(Batch)
            .Select(r => new { r.Id, r.SentAt, r.LateToldAt }).ToListAsync(ct);
        int told = 0;
        foreach (var candidate in candidates.Where(c => c.LateToldAt is null || ReferralServiceLevel.IsOverdue(ReferralStatus.Sent, c.SentAt, today)))
        {
            db.ChangeTracker.Clear();
            var referral = await db.Referrals.SingleAsync(r => r.Id == candidate.Id, ct);
            var supportCase = await db.SupportCases.SingleAsync(c => c.Id == referral.SupportCaseId, ct);
            bool tellNow = false;
            if (referral.LateToldAt is null && ReferralServiceLevel.IsLate(referral.Status, referral.RespondBy, today))
            {
                var caseManager = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == supportCase.Id).Select(t => t.CaseManagerId).SingleOrDefaultAsync(ct);
                supportCase.Tell(WhoIsTold.ReferralAnswerLate(supportCase.Id, referral.Id, referral.ToOrganisationId, now));
                supportCase.Tell(WhoIsTold.ReferralUnanswered(supportCase.Id, referral.Id, referral.SentById, caseManager, now));
                referral.MarkLateTold(now);
                tellNow = true;
            }
            if (referral.OverdueToldAt is null && ReferralServiceLevel.IsOverdue(referral.Status, referral.SentAt, today))
            {
                supportCase.Tell(WhoIsTold.ReferralOverdue(supportCase.Id, referral.Id, supportCase.CoordinatorId, now));
                referral.MarkOverdueTold(now);
                tellNow = true;
            }
            if (!tellNow)
            {
                continue;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                told++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node told of it, or the provider answered meanwhile: nothing left to do here.
            }
        }
        return told;
    }
}
