using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Notifications;

/// <summary>The signed-in professional marks all their notifications read.</summary>
public static class MarkNotificationsRead
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(CancellationToken ct)
        {
            if (access.Actor is not { Kind: ActorKind.Professional, ProfessionalId: { } me })
            {
                return;
            }
            var now = clock.GetUtcNow();
            foreach (var n in await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null).ToListAsync(ct))
            {
                n.MarkRead(now);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapPost("/read", async (Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
