using System.Globalization;

namespace WorkAbility.Web.Features.Plans;

public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}/plan").RequireAuthorization().WithTags("Plan").DisableAntiforgery();
        group.MapGet("/", async (Guid clientId, SupportPlans plans, CancellationToken ct) =>
        {
            var page = await plans.Page(clientId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
            return page.Plan is { } plan
                ? Results.Ok(new { version = plan.Number, plan.SavedAt, savedBy = page.People.GetValueOrDefault(plan.SavedById), plan.Content })
                : Results.Ok(new { version = 0 });
        });
        group.MapPut("/", async (Guid clientId, SupportPlans.SaveRequest request, SupportPlans plans, CancellationToken ct) =>
            Results.Ok(new { version = await plans.Save(clientId, request, ct) }))
            .WithSummary("Saves the plan as a new version; basedOnVersion must be the current version (409 otherwise)");
        group.MapGet("/versions", async (Guid clientId, SupportPlans plans, CancellationToken ct) => Results.Ok(await plans.Versions(clientId, ct)));
        group.MapGet("/versions/{number:int}", async (Guid clientId, int number, SupportPlans plans, CancellationToken ct) =>
            Results.Ok(await plans.VersionContent(clientId, number, ct)));
        group.MapGet("/compare", async (Guid clientId, int from, int to, SupportPlans plans, CancellationToken ct) =>
            Results.Ok(await plans.Compare(clientId, from, to, ct)));
        return endpoints;
    }
}
