using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Features.Clients;
using WorkAbility.Web.Features.Concerns;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Cases;

public static class CaseEndpoints
{
    public sealed record OpenCaseRequest(ServicePath? Path, CaseStage? Stage);

    public sealed record CaseSummary(Guid Id, ServicePath Path, CaseStage Stage, DateTimeOffset OpenedAt, string OpenedAtOrganisation,
        string? Coordinator, CaseOutcome? Outcome, int TimelineEntries, int Concerns);

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases");

        group.MapGet("/cases", async (Guid clientId, ClientOverview.Handler overview, CancellationToken ct) =>
            Results.Ok((await overview.Handle(clientId, ct)).Cases.Select(c => new CaseSummary(c.Id, c.Path, c.Stage, c.OpenedAt,
                c.OpenedAt_Organisation, c.Coordinator, c.Outcome, c.Timeline.Count, c.Concerns.Count))));

        group.MapPost("/cases", async (Guid clientId, OpenCaseRequest request, ClientAccess access, CaseOpening opening,
            AppDbContext db, CancellationToken ct) =>
        {
            access.RequireProfessional();
            await access.AuthoriseCreate(clientId, "case", ct);
            var supportCase = await opening.Open(clientId, request.Path ?? ServicePath.Unemployed, request.Stage ?? CaseStage.Concern, access.Actor, ct);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/clients/{clientId}/cases", new { id = supportCase.Id });
        }).Produces(StatusCodes.Status201Created).DisableAntiforgery();

        group.MapPost("/concerns", async (Guid clientId, RecordConcern.Request request, RecordConcern.Handler handler, CancellationToken ct) =>
        {
            var result = await handler.Handle(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/cases", result);
        }).Produces(StatusCodes.Status201Created).DisableAntiforgery();

        group.MapPost("/cases/coordinator", async (Guid clientId, CoordinatorDesk.CoordinatorDesk desk, CancellationToken ct) =>
        {
            await desk.AssignMe(clientId, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).DisableAntiforgery().WithSummary("The signed-in coordinator becomes the coordinator of the client's active case");

        group.MapGet("/self-assessments", async (Guid clientId, Assessment.SelfAssessments selfAssessments, CancellationToken ct) =>
            Results.Ok(await selfAssessments.History(clientId, ct)));
        group.MapPost("/self-assessments", async (Guid clientId, Dictionary<string, string?> answers, Assessment.SelfAssessments selfAssessments, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/self-assessments", new { id = await selfAssessments.Fill(clientId, answers, ct) })).Produces(StatusCodes.Status201Created)
            .DisableAntiforgery().WithSummary("Stores one filling of the work ability self-assessment: an object of linkId → answer");

        group.MapGet("/external-measures", async (Guid clientId, Assessment.SelfAssessments selfAssessments, CancellationToken ct) =>
            Results.Ok(await selfAssessments.Measures(clientId, ct)));
        group.MapPost("/external-measures/kykyviisari", async (Guid clientId, Assessment.SelfAssessments.KykyviisariRequest request,
            Assessment.SelfAssessments selfAssessments, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/external-measures", new { id = await selfAssessments.RecordKykyviisari(clientId, request, ct) })).Produces(StatusCodes.Status201Created)
            .DisableAntiforgery().WithSummary("Records a Kykyviisari result: date, domain scores 0–10 (overall, body-functions, activities, participation, environment, resources), note");

        group.MapPost("/assessments", async (Guid clientId, Assessment.AssessNeed.Request request, Assessment.AssessNeed.Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/cases", await handler.Handle(clientId, request, ct))).Produces(StatusCodes.Status201Created).DisableAntiforgery();

        return endpoints;
    }
}
