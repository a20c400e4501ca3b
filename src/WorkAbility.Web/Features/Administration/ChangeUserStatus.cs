using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The administrator takes a user out of service or back: out of service, they cannot sign in, their
/// open sessions end at once, and they can no longer be chosen into a team. Refused while they are
/// still responsible for active clients, and for the administrator's own account.
/// </summary>
public static class ChangeUserStatus
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid userId, bool active, CancellationToken ct)
        {
            var me = access.Actor.ProfessionalId;
            var user = await db.Professionals.SingleOrDefaultAsync(p => p.Id == userId, ct)
                ?? throw DomainRuleException.NotFound("user_not_found");
            if (active)
            {
                user.Reactivate();
            }
            else
            {
                if (user.Id == me)
                {
                    throw new DomainRuleException("user_cannot_deactivate_self");
                }
                var responsible = await ListUsers.ResponsibleFor(db, [user.Id], ct);
                user.Deactivate(responsible.GetValueOrDefault(user.Id));
                // Ending the user's open sessions signs them out on their very next request.
                var now = clock.GetUtcNow();
                foreach (var session in await db.UserSessions.Where(s => s.UserId == user.Id.ToString() && s.EndedAt == null).ToListAsync(ct))
                {
                    session.End(now);
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
