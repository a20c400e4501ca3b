using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Notifications;

/// <summary>
/// How many of the signed-in professional's notifications are unread, for the menu's badge: counted
/// up to <see cref="BadgeMost"/> and one more, so a page view never counts a long unread history.
/// </summary>
public static class CountUnreadNotifications
{
    /// <summary>The badge shows "99+" above this.</summary>
    public const int BadgeMost = 99;

    public static string Badge(int unread) => unread > BadgeMost ? $"{BadgeMost}+" : unread.ToString(System.Globalization.CultureInfo.CurrentCulture);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<int> Handle(CancellationToken ct) =>
            access.Actor is { Kind: ActorKind.Professional, ProfessionalId: { } me }
                ? await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null).Take(BadgeMost + 1).CountAsync(ct)
                : 0;
    }
}
