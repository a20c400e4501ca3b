using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>F11: the client's consent to cross-sector work (Kela Y100) is recorded: organisations, data categories, purpose, validity, how it was given.</summary>
public static class RecordConsent
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "consent";

    public sealed class Request
    {
        public List<Guid> OrganisationIds { get; set; } = [];
        public List<DataCategory> Categories { get; set; } = [];
        public string? Purpose { get; set; }
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public ConsentGivenAs? GivenAs { get; set; }
        public string? DocumentReference { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.AuthoriseCreate(clientId, Change, ct);
            var known = await ConsentWork.KnownOrganisations(db, request.OrganisationIds, ct);
            var now = clock.GetUtcNow();
            var consent = Consent.Record(clientId, known, DataCategories.Combine(request.Categories), request.Purpose, request.ValidFrom,
                request.ValidUntil, request.GivenAs, request.DocumentReference, actor.ProfessionalId!.Value, now);
            db.Consents.Add(consent);
            (await ConsentWork.ActiveCase(db, clientId, ct))?.Record(CaseEventKind.ConsentRecorded, actor.ProfessionalId, now);
            await db.SaveChangesAsync(ct);
            return consent.Id;
        }
    }

    public static void Map(RouteGroupBuilder consents) =>
        consents.MapPost("/", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/consents", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("Records the client's consent (Kela Y100): organisations, data categories, purpose, validity, how it was given");
}
