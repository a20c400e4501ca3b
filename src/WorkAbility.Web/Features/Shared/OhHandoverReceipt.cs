using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// F26: a county coordinator receives the case's pending occupational health handover — by
/// receiving it on the OH page or by taking the case on at the coordinator's desk.
/// </summary>
public static class OhHandoverReceipt
{
    /// <summary>Receives the case's pending OH handover to the coordinator's organisation, if there is one.</summary>
    public static async Task<bool> ReceivePending(AppDbContext db, SupportCase supportCase, Guid coordinatorId, Guid organisationId, DateTimeOffset now, CancellationToken ct)
    {
        var handover = await db.OhHandovers.Where(h => h.SupportCaseId == supportCase.Id && h.ReceivedAt == null && h.ToOrganisationId == organisationId)
            .OrderByDescending(h => h.HandedOverAt).FirstOrDefaultAsync(ct);
        if (handover is null)
        {
            return false;
        }
        handover.Receive(coordinatorId, now);
        supportCase.ReceiveHandover(coordinatorId, organisationId, now);
        return true;
    }
}
