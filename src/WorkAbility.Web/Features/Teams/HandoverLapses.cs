using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// Closes warm handover proposals nobody answered in time (F22): the current case manager stays,
/// the lapse goes on the case's timeline, and the proposer, the proposed successor and the case
/// manager are told, so that a change everyone assumed was under way is not silently dropped.
/// Each lapse is its own small save guarded by the team's version: when two nodes (or a late
/// acceptance) reach the same proposal, only the first save wins and the other skips it.
/// </summary>
public sealed class HandoverLapses(AppDbContext db, TimeProvider clock, RiskThresholds thresholds)
{
    /// <summary>Closes every lapsed proposal; returns how many this node closed.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lapsedBefore = now - thresholds.HandoverValidity;
        var caseIds = await db.Teams.AsNoTracking()
            .Where(t => t.ProposedSuccessorId != null && t.HandoverProposedAt <= lapsedBefore &&
                        db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.Stage != CaseStage.Ended))
            .Select(t => t.SupportCaseId)
            .ToListAsync(ct);
        int closed = 0;
        foreach (var caseId in caseIds)
        {
            db.ChangeTracker.Clear();
            var team = await db.Teams.SingleAsync(t => t.SupportCaseId == caseId, ct);
            var supportCase = await db.SupportCases.SingleAsync(c => c.Id == caseId, ct);
            IReadOnlyList<Guid> told = supportCase.Stage == CaseStage.Ended ? [] : team.ExpireHandover(now, thresholds.HandoverValidity);
            if (told.Count == 0)
            {
                continue;
            }
            NoteLapse(db, supportCase, told, now);
            try
            {
                await db.SaveChangesAsync(ct);
                closed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node closed it, or the successor answered meanwhile: nothing left to do here.
            }
        }
        return closed;
    }

    /// <summary>Puts a lapse on the case's timeline (no actor: nobody decided it) and tells those concerned.</summary>
    internal static void NoteLapse(AppDbContext db, SupportCase supportCase, IReadOnlyList<Guid> told, DateTimeOffset now)
    {
        supportCase.Record(CaseEventKind.HandoverLapsed, null, now);
        supportCase.Tell(WhoIsTold.HandoverLapsed(supportCase.Id, told, now));
    }
}
