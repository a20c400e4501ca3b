using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// The client and their active case, as the top of every client form shows them: one access
/// decision, then one query (the case); the forms do not need the whole client page.
/// </summary>
public static class ClientHeader
{
    public sealed record ActiveCase(Guid Id, ServicePath Path, CaseStage Stage, DateTimeOffset OpenedAt, string Version);

    public sealed record View(Client Client, ActiveCase? ActiveCase);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, string resource, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, resource, ct);
            var active = await db.SupportCases.AsNoTracking().Where(SupportCase.ActiveOf(clientId))
                .Select(c => new { c.Id, c.Path, c.Stage, c.OpenedAt, c.Version })
                .SingleOrDefaultAsync(ct);
            return new View(client, active is null ? null : new ActiveCase(active.Id, active.Path, active.Stage, active.OpenedAt, active.Version.ToString("N")));
        }
    }
}
