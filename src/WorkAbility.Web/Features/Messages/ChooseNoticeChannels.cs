using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// F40: the client chooses whether they are told by e-mail, by text message, both or neither that something waits for
/// them (a new message, a meeting soon), and may give the address or number at the same time. Stopping is the same choice.
/// </summary>
public static class ChooseNoticeChannels
{
    public const string Change = "me.messages.channels";

    /// <summary>Bindable from the page's form (checkboxes send "true" when ticked, nothing when not) and the API's JSON alike.</summary>
    public sealed class Request
    {
        public bool? Email { get; set; }
        public bool? Sms { get; set; }
        public string? EmailAddress { get; set; }
        public string? Phone { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task Handle(Request request, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.OpenTakingPart(clientId, AccessAction.Update, Change, ct);
            var client = await db.Clients.SingleAsync(c => c.Id == clientId, ct);
            client.ChooseNoticeChannels(request.Email ?? false, request.Sms ?? false, request.EmailAddress, request.Phone);
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPut("/notification-channels", async (Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("How I am told that something waits: { email, sms } and optionally { emailAddress, phone }; no client data is ever in a notice");
}
