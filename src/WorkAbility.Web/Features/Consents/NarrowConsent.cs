using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>
/// F11: organisations or data categories are taken out of a consent (never added); the team members
/// of the organisations it no longer covers are told, and the next request already applies it.
/// </summary>
public static class NarrowConsent
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "consent.narrow";

    public sealed class Request
    {
        public List<Guid> OrganisationIds { get; set; } = [];
        public List<DataCategory> Categories { get; set; } = [];
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid consentId, Request request, CancellationToken ct)
        {
            var actor = access.Actor;
            if (actor.Kind is not (WorkAbility.Domain.Access.ActorKind.Professional or WorkAbility.Domain.Access.ActorKind.Client))
            {
                throw new ClientNotFoundException();
            }
            await access.LoadClientForWrite(clientId, Change, ct);
            var consent = await ConsentWork.Consent(db, clientId, consentId, ct);
            var now = clock.GetUtcNow();
            var affected = consent.Narrow(request.OrganisationIds, DataCategories.Combine(request.Categories), now);
            var supportCase = await ConsentWork.ActiveCase(db, clientId, ct);
            supportCase?.Record(CaseEventKind.ConsentNarrowed, actor.ProfessionalId, now);
            supportCase?.Tell(WhoIsTold.ConsentNarrowed(supportCase.Id, affected, now));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The client narrows their own consent (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapPost("/consents/{consentId:guid}/narrow", async (Guid consentId, Request request, Handler handler, ClientAccess access, CancellationToken ct) =>
        {
            await handler.Handle(access.OwnClientId(), consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Takes organisations or data categories out of my consent");

    public static void Map(RouteGroupBuilder consents) =>
        consents.MapPost("/{consentId:guid}/narrow", async (Guid clientId, Guid consentId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Takes organisations or data categories out of a consent (never adds)");
}
