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
    public sealed record Request(string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, "oh.early-support", ct, employedWithoutOhToo: true);
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
