namespace WorkAbility.Web.Features.Plans;

public static class PlanEndpoints
{
    /// <summary>The plan's API: each use case maps its own route under the client's plan.</summary>
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder endpoints)
    {
        var plan = endpoints.MapGroup("/api/clients/{clientId:guid}/plan").RequireAuthorization().WithTags("Plan").DisableAntiforgery();
        ShowPlan.Map(plan);
        SavePlan.Map(plan);
        ListPlanVersions.Map(plan);
        ShowPlanVersion.Map(plan);
        ComparePlanVersions.Map(plan);
        ShowMyPlan.MapMine(endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service"));
        return endpoints;
    }
}
