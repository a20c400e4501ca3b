namespace WorkAbility.Web.Features.Worklist;

public static class WorklistEndpoints
{
    public static IEndpointRouteBuilder MapWorklist(this IEndpointRouteBuilder endpoints)
    {
        ShowWorklist.Map(endpoints.MapGroup("/api").RequireAuthorization().WithTags("Worklist"));
        return endpoints;
    }
}
