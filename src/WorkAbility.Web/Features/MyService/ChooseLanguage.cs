using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F27: the client's language (fi, sv, en) is kept with their details, so their own pages open in
/// it at every sign-in and the team's printouts for them can use it.
/// </summary>
public static class ChooseLanguage
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "me.language";

    public sealed record Request(string? Language);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<string> Handle(string? language, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.LoadClientForWrite(clientId, Change, ct);
            var client = await db.Clients.SingleAsync(c => c.Id == clientId, ct);
            client.ChooseLanguage(language);
            await db.SaveChangesAsync(ct);
            return client.PreferredLanguage;
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPut("/language", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
        {
            var language = await handler.Handle(request.Language, ct);
            LocalizationSetup.RememberLanguage(http, Languages.OfTwoLetter(language));
            return Results.Ok(new { language });
        }).WithSummary("The client's own language: fi, selko (selkosuomi, plain Finnish), sv or en");
}
