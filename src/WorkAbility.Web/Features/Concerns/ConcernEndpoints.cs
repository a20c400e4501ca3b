namespace WorkAbility.Web.Features.Concerns;

public static class ConcernEndpoints
{
    public static IEndpointRouteBuilder MapConcerns(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases").DisableAntiforgery();
        RecordConcern.Map(client);
        return endpoints;
    }
}
