using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>F26: OH records that employment ended; a handover to the county should follow (the risk radar watches).</summary>
public static class RecordEmploymentEnded
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.employment-ended";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public DateOnly? EmploymentEndedOn { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct);
            var now = clock.GetUtcNow();
            work.Case.RecordEmploymentEnded(request.EmploymentEndedOn, work.Actor.OrganisationId!.Value, work.ProfessionalId, now, FinnishCalendar.DateOf(now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/employment-ended", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
