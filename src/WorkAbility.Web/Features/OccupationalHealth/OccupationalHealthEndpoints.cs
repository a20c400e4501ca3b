namespace WorkAbility.Web.Features.OccupationalHealth;

public static class OccupationalHealthEndpoints
{
    public static IEndpointRouteBuilder MapOccupationalHealth(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Follow-up").DisableAntiforgery();
        group.MapGet("/occupational-health", async (Guid clientId, OccupationalHealthPath oh, CancellationToken ct) => Results.Ok(await oh.Page(clientId, ct)));
        group.MapPost("/occupational-health/early-support", async (Guid clientId, OccupationalHealthPath.NoteRequest request, OccupationalHealthPath oh, CancellationToken ct) =>
        {
            await oh.RecordEarlySupportDiscussion(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/occupational-health/employment-ended", async (Guid clientId, OccupationalHealthPath.EmploymentEndedRequest request, OccupationalHealthPath oh, CancellationToken ct) =>
        {
            await oh.RecordEmploymentEnded(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/occupational-health/handover", async (Guid clientId, OccupationalHealthPath.HandOverRequest request, OccupationalHealthPath oh, CancellationToken ct) =>
        {
            await oh.HandOver(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Occupational health hands the client over to the county's coordinator with a work ability summary");
        group.MapPost("/occupational-health/handover/receive", async (Guid clientId, OccupationalHealthPath oh, CancellationToken ct) =>
        {
            await oh.Receive(clientId, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }
}
