using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Database;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// Gives referrals sent before service levels existed (F41) what the new rules would have given them: a respond-by day
/// two working days after sending, an answer time where the status says they were answered, and the closing code their
/// status implies (a free-text decline is "other"; a completion without a word of whether it helped stays uncoded, as it
/// is). The <c>migrate</c> command runs it, and so does a node that migrates at start (the embedded default).
/// </summary>
public sealed class ReferralServiceLevelCompletion(AppDbContext db, TimeProvider clock) : IAfterMigration
{
    private const int Batch = 2000;

    public async Task<int> Complete(CancellationToken ct)
    {
        // Every referral written before service levels has no respond-by day; when none is left there is nothing to do.
        if (!await db.Referrals.AnyAsync(r => r.RespondBy == DateOnly.MinValue, ct))
        {
            return 0;
        }
        int filled = 0;
        while (true)
        {
            var rows = await db.Referrals.AsNoTracking().Where(r => r.RespondBy == DateOnly.MinValue).OrderBy(r => r.Id).Take(Batch)
                .Select(r => new { r.Id, r.SentAt }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }
            foreach (var day in rows.GroupBy(r => ReferralServiceLevel.RespondBy(r.SentAt, Domain.Services.CatalogueService.DefaultRespondWithinDays)))
            {
                var ids = day.Select(r => r.Id).ToList();
                await db.Referrals.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(u => u.SetProperty(r => r.RespondBy, day.Key), ct);
            }
            filled += rows.Count;
        }
        await db.Referrals.Where(r => r.AnsweredAt == null && (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Declined))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnsweredAt, r => r.StatusChangedAt), ct);
        foreach (var (status, code) in new[] { (ReferralStatus.Declined, ReferralOutcomeCode.Other), (ReferralStatus.DidNotAttend, ReferralOutcomeCode.DidNotAttend),
                     (ReferralStatus.Withdrawn, ReferralOutcomeCode.WithdrawnByTeam) })
        {
            await db.Referrals.Where(r => r.OutcomeCode == null && r.Status == status)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.OutcomeCode, code), ct);
        }
        return filled;
    }

    bool IAfterMigration.AlsoAtStart => true;

    async Task<string> IAfterMigration.RunAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        int filled = await Complete(ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Referral service levels: {filled} respond-by days filled in {(long)clock.GetElapsedTime(started).TotalMilliseconds} ms.");
    }
}
