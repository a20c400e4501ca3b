namespace WorkAbility.Web.Features.Risks;

public static class RiskEndpoints
{
    public static IEndpointRouteBuilder MapRisks(this IEndpointRouteBuilder endpoints)
    {
        CountRisks.Map(endpoints.MapGroup("/api").RequireAuthorization().WithTags("Worklist"));
        return endpoints;
    }
}
