using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>F6: a Kykyviisari result entered by a professional (the client may have filled it in Omaolo).</summary>
public static class RecordKykyviisari
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "external-measure";

    public sealed record Request(DateOnly? MeasuredOn, Dictionary<string, decimal?>? Scores, string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.AuthoriseCreate(clientId, Change, ct);
            var now = clock.GetUtcNow();
            var measure = ExternalMeasure.RecordKykyviisari(clientId, request.MeasuredOn, request.Scores, request.Note, actor.ProfessionalId!.Value, now,
                FinnishCalendar.DateOf(now));
            db.ExternalMeasures.Add(measure);
            await db.SaveChangesAsync(ct);
            return measure.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/external-measures/kykyviisari", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/external-measures", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("Records a Kykyviisari result: date, domain scores 0–10 (overall, body-functions, activities, participation, environment, resources), note");
}
