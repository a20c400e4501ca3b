namespace WorkAbility.Web.Features.CoordinatorDesk;

public static class CoordinatorDeskEndpoints
{
    public static IEndpointRouteBuilder MapCoordinatorDesk(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases").DisableAntiforgery();
        TakeOnCase.Map(client);
        return endpoints;
    }
}
