using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Notifications;

/// <summary>How many of the signed-in professional's notifications are unread, for the menu's badge.</summary>
public static class CountUnreadNotifications
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<int> Handle(CancellationToken ct) =>
            access.Actor is { Kind: ActorKind.Professional, ProfessionalId: { } me }
                ? await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, ct)
                : 0;
    }
}
