using System.Globalization;
using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Features.Services;

public static class ServiceEndpoints
{
    public static IEndpointRouteBuilder MapServiceCatalogue(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/services").RequireAuthorization().WithTags("Service catalogue").DisableAntiforgery();
        group.MapGet("/", async (string? query, ServiceCategory? category, ServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.Search(query, category, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, false, ct)));
        group.MapGet("/{id:guid}", async (Guid id, ServiceCatalogue catalogue, CancellationToken ct) =>
            await catalogue.Find(id, ct) is { } s ? Results.Ok(ServiceCatalogue.EditRequest.From(s)) : Results.NotFound());
        group.MapPost("/", async (ServiceCatalogue.EditRequest request, ServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Created("/api/services", new { id = await catalogue.Create(request, ct) })).Produces(StatusCodes.Status201Created).WithSummary("Administrators add a service");
        group.MapPut("/{id:guid}", async (Guid id, ServiceCatalogue.EditRequest request, ServiceCatalogue catalogue, CancellationToken ct) =>
        {
            await catalogue.Update(id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Administrators edit a service; version must match (409 otherwise)");
        return endpoints;
    }
}
