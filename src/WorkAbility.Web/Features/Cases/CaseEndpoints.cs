namespace WorkAbility.Web.Features.Cases;

public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases").DisableAntiforgery();
        OpenCase.Map(client);
        return endpoints;
    }
}
