using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// How many messages wait unread for the reader, for the menus' badges (F40): for a client, the team's messages to them;
/// for a professional, clients' messages on the active cases they take part in, of clients they may open now (a count
/// counts only what its reader can open). Counted up to the badge's ceiling and one more.
/// </summary>
public static class CountUnreadMessages
{
    public const int BadgeMost = 99;

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<int> Handle(CancellationToken ct)
        {
            var actor = access.Actor;
            if (actor is { Kind: ActorKind.Client, ClientId: { } clientId })
            {
                return await db.CaseMessages.Where(m => m.ClientId == clientId && !m.FromClient && m.ReadAt == null).Take(BadgeMost + 1).CountAsync(ct);
            }
            if (actor is not { Kind: ActorKind.Professional, ProfessionalId: { } me })
            {
                return 0;
            }
            var myCases = MessageReading.CasesTakenPartIn(db, me);
            var unread = await db.CaseMessages.Where(m => m.FromClient && m.ReadAt == null && myCases.Contains(m.SupportCaseId))
                .Join(db.Clients, m => m.ClientId, c => c.Id, (m, c) => new { m.ClientId, c.RegisteredAtOrganisationId })
                .Take(BadgeMost + 1).ToListAsync(ct);
            if (unread.Count == 0)
            {
                return 0;
            }
            var open = await access.MayOpen(unread.Select(u => (u.ClientId, u.RegisteredAtOrganisationId)).ToList(), ct);
            return unread.Count(u => open.Contains(u.ClientId));
        }
    }
}
