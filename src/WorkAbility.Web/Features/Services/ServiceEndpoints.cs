namespace WorkAbility.Web.Features.Services;

public static class ServiceEndpoints
{
    public static IEndpointRouteBuilder MapServiceCatalogue(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.MapGroup("/api/services").RequireAuthorization().WithTags("Service catalogue").DisableAntiforgery();
        SearchServices.Map(services);
        ShowService.Map(services);
        AddService.Map(services);
        UpdateService.Map(services);
        ShowCapacity.Map(services);
        SetCapacity.Map(services);
        return endpoints;
    }
}
