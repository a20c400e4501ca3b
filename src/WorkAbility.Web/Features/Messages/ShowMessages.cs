using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// F40: a client's message threads, for the client themselves (<c>/oma/viestit</c>, <c>GET /api/me/messages</c>) or a
/// professional taking part in their case (<c>/asiakkaat/{id}/viestit</c>, <c>GET /api/clients/{id}/messages</c>). The read
/// is decided and logged as any read of client data (a professional outside the case's team gets "not found"); the
/// other side's messages shown are marked read.
/// </summary>
public static class ShowMessages
{
    /// <summary>The access log's names for reading a client's messages: by the client, by a professional.</summary>
    public const string OwnRead = "me.messages", Read = "messages.read";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        /// <param name="clientId">The client whose messages a professional reads; none for the signed-in client's own.</param>
        public async Task<MessagesView> Handle(Guid? clientId, CancellationToken ct)
        {
            var own = clientId is null;
            var id = clientId ?? access.OwnClientId();
            if (!own)
            {
                access.RequireProfessional();
            }
            var (client, caseIds) = await access.OpenTakingPart(id, AccessAction.Read, own ? OwnRead : Read, ct);
            var writable = await MessageReading.WritableCase(db, access.FactsOf(id), ct);
            var actor = access.Actor;
            var mayStart = writable is not null && (own ? writable.HasAnyoneToAnswer : writable.TakesPart(actor.ProfessionalId!.Value));
            var view = await MessageReading.Read(db, client, caseIds, writable, mayStart, own, clock.GetUtcNow(), ct);
            return own ? view with { Channels = new NoticeChannels(client.NoticeByEmail, client.NoticeBySms, client.Email, client.Phone) } : view;
        }
    }

    public static void MapOwn(RouteGroupBuilder me) =>
        me.MapGet("/messages", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(null, ct)))
            .WithSummary("My message threads with the team, newest first; the team's messages shown are marked read");

    public static void MapClient(RouteGroupBuilder client) =>
        client.MapGet("/messages", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)))
            .WithSummary("The client's message threads on the cases the caller takes part in (coordinator or team member); 404 for anyone else");
}
