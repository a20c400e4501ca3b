using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>F11: a consent is withdrawn by the client themselves (signed in) or recorded by a professional; effective from the next request.</summary>
public static class WithdrawConsent
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "consent.withdraw";

    public sealed record Request(string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid consentId, Request request, CancellationToken ct)
        {
            var actor = access.Actor;
            if (actor.Kind is not (ActorKind.Professional or ActorKind.Client))
            {
                throw new ClientNotFoundException();
            }
            await access.LoadClientForWrite(clientId, Change, ct);
            var consent = await ConsentWork.Consent(db, clientId, consentId, ct);
            var now = clock.GetUtcNow();
            consent.Withdraw(actor.ProfessionalId, request.Note, now);
            var supportCase = await ConsentWork.ActiveCase(db, clientId, ct);
            supportCase?.Record(CaseEventKind.ConsentWithdrawn, actor.ProfessionalId, now);
            supportCase?.Tell(WhoIsTold.ConsentWithdrawn(supportCase.Id, consent.OrganisationIds, now));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The client withdraws their own consent (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapPost("/consents/{consentId:guid}/withdraw", async (Guid consentId, Request request, Handler handler, ClientAccess access, CancellationToken ct) =>
        {
            await handler.Handle(access.OwnClientId(), consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Withdraws my consent; effective from the professionals' next request");

    public static void Map(RouteGroupBuilder consents) =>
        consents.MapPost("/{consentId:guid}/withdraw", async (Guid clientId, Guid consentId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Withdraws a consent; effective from the next request");
}
