using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.OccupationalHealth;
using WorkAbility.Web.Features.Risks;

namespace WorkAbility.Web.Features.FollowUp;

public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Follow-up").DisableAntiforgery();
        group.MapGet("/follow-up", async (Guid clientId, FollowUps followUps, CancellationToken ct) => Results.Ok(await followUps.Page(clientId, ct)))
            .WithSummary("Follow-up of the client's case: due follow-ups, contacts, reviews, risks");
        group.MapPost("/follow-up/contacts", async (Guid clientId, FollowUps.ContactRequest request, FollowUps followUps, CancellationToken ct) =>
        {
            await followUps.RecordContact(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/follow-up", null);
        }).Produces(StatusCodes.Status201Created);
        group.MapPost("/follow-up/reviews", async (Guid clientId, FollowUps.ReviewRequest request, FollowUps followUps, CancellationToken ct) =>
        {
            await followUps.RecordReview(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/follow-up", null);
        }).Produces(StatusCodes.Status201Created).WithSummary("A follow-up meeting's review: progress of every goal (by goal id), services' effectiveness, current need");
        group.MapPost("/cases/end", async (Guid clientId, FollowUps.EndRequest request, FollowUps followUps, CancellationToken ct) =>
        {
            await followUps.End(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Ends support with an outcome, a closing evaluation and a continuity note");
        group.MapPost("/cases/reopen", async (Guid clientId, FollowUps.ReopenRequest request, FollowUps followUps, CancellationToken ct) =>
        {
            await followUps.Reopen(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The client returns: the last case is reopened with its history");

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

        var mine = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Worklist");
        mine.MapGet("/worklist", async (string? risk, int? page, Worklist worklist, CancellationToken ct) =>
            Results.Ok(await worklist.Handle(Enum.TryParse<RiskCode>(risk, out var code) && Enum.IsDefined(code) ? code : null, page ?? 1, ct)))
            .WithSummary("The caller's clients as case manager, most urgent first; ?risk= filters by a risk code");
        mine.MapGet("/risks/counts", async (Worklist worklist, CancellationToken ct) => Results.Ok(await worklist.Counts(ct)))
            .WithSummary("Active cases per risk at the caller's organisation (managers, coordinators); counts under 5 are null");
        return endpoints;
    }
}
