using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F25, F26: the early support discussion (varhaisen tuen keskustelu) is recorded on the case: by
/// the responsible OH unit on its path, by the professional serving an employed client without
/// occupational health (an entrepreneur, a gig worker) on theirs.
/// </summary>
public static class RecordEarlySupportDiscussion
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.early-support";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct, employedWithoutOhToo: true);
            var errors = new List<FieldError>();
            var note = TextRules.RequiredText(request.Note, "note", SupportCase.ReasonMaxLength, errors);
            TextRules.ThrowIfAny(errors);
            work.Case.Record(CaseEventKind.EarlySupportDiscussion, work.ProfessionalId, clock.GetUtcNow(), new CaseEventDetail.Text(note));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/early-support", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
