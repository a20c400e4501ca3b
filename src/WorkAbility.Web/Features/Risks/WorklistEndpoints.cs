using WorkAbility.Domain.Risks;

namespace WorkAbility.Web.Features.Risks;

public static class WorklistEndpoints
{
    public static IEndpointRouteBuilder MapWorklist(this IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Worklist");
        mine.MapGet("/worklist", async (string? risk, int? page, Worklist worklist, CancellationToken ct) =>
            Results.Ok(await worklist.Handle(Enum.TryParse<RiskCode>(risk, out var code) && Enum.IsDefined(code) ? code : null, page ?? 1, ct)))
            .WithSummary("The caller's clients as case manager, most urgent first; ?risk= filters by a risk code");
        mine.MapGet("/risks/counts", async (Worklist worklist, CancellationToken ct) => Results.Ok(await worklist.Counts(ct)))
            .WithSummary("Active cases per risk at the caller's organisation (managers, coordinators); counts under 5 are null");
        return endpoints;
    }
}
