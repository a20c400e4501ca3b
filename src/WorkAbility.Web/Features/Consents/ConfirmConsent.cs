using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>
/// F11, F27: the client confirms, signed in with strong electronic identification, a consent a
/// coordinator prepared for the proposed team; from the next request it gives what it says, and
/// the professionals see it as confirmed electronically.
/// </summary>
public static class ConfirmConsent
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "consent.confirm";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid consentId, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.LoadClientForWrite(clientId, Change, ct);
            var consent = await ConsentWork.Consent(db, clientId, consentId, ct);
            var now = clock.GetUtcNow();
            consent.Confirm(now);
            (await ConsentWork.ActiveCase(db, clientId, ct))?.Record(CaseEventKind.ConsentConfirmed, null, now);
            await db.SaveChangesAsync(ct);
        }
    }

    public static void MapMine(RouteGroupBuilder me) =>
        me.MapPost("/consents/{consentId:guid}/confirm", async (Guid consentId, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(consentId, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("I confirm a consent prepared for me; it is in force from the next request");
}
