using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Notifications;

/// <summary>
/// The signed-in professional's in-app notifications. They name the case's organisation and
/// coordinator, never the client, so reading them is not a read of client data.
/// </summary>
public sealed class MyNotifications(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public sealed record Item(Guid Id, NotificationKind Kind, DateTimeOffset CreatedAt, bool Read, string CaseOrganisation, string? Coordinator);

    public async Task<IReadOnlyList<Item>> List(CancellationToken ct)
    {
        if (access.Actor is not { Kind: ActorKind.Professional, ProfessionalId: { } me })
        {
            return [];
        }
        var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Join(db.SupportCases, n => n.SupportCaseId, c => c.Id, (n, c) => new { n, c.OpenedAtOrganisationId, c.CoordinatorId })
            .Join(db.Organisations, x => x.OpenedAtOrganisationId, o => o.Id, (x, o) => new { x.n, Organisation = o.Name, x.CoordinatorId })
            .ToListAsync(ct);
        var coordinatorIds = rows.Select(r => r.CoordinatorId).OfType<Guid>().Distinct().ToList();
        var names = await db.Professionals.AsNoTracking().Where(p => coordinatorIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        return rows.OrderByDescending(r => r.n.CreatedAt)
            .Select(r => new Item(r.n.Id, r.n.Kind, r.n.CreatedAt, r.n.ReadAt is not null, r.Organisation,
                r.CoordinatorId is { } c ? names.GetValueOrDefault(c) : null)).ToList();
    }

    public async Task<int> UnreadCount(CancellationToken ct) =>
        access.Actor is { Kind: ActorKind.Professional, ProfessionalId: { } me }
            ? await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, ct)
            : 0;

    public async Task MarkAllRead(CancellationToken ct)
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
