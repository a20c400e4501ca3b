using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>
/// The door for handling a saatelomake: only a coordinator of the sote-centre it was sent to gets it
/// (tracked, for a change); the sender and everyone else get "not found", as for any record they may not change.
/// </summary>
internal static class CoordinatorReferralDoor
{
    public static async Task<(Actor Actor, CoordinatorReferral Referral)> ForHandling(AppDbContext db, ClientAccess access, Guid id, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        var referral = await db.CoordinatorReferrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral?.ReaderOf(actor.ProfessionalId, actor.OrganisationId, actor.Role is StaffRole.Coordinator) is not CoordinatorReferralReader.Receiver)
        {
            throw new ClientNotFoundException();
        }
        return (actor, referral);
    }
}
