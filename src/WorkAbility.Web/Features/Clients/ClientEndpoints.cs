using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>The client API minimum: register, read one, search within what the caller may see.</summary>
public static class ClientEndpoints
{
    public sealed record RegisterClientRequest(string? PersonalIdentityCode, string? FirstName, string? LastName,
        string? Municipality, string? Phone, string? Email);

    public sealed record ClientResponse(Guid Id, string PersonalIdentityCode, string FirstName, string LastName,
        string Municipality, string? Phone, string? Email, string Version)
    {
        public static ClientResponse From(Client c) =>
            new(c.Id, c.PersonalIdentityCode.Value, c.FirstName, c.LastName, c.Municipality, c.Phone, c.Email, c.Version.ToString("N"));
    }

    public static IEndpointRouteBuilder MapClients(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients").RequireAuthorization().WithTags("Clients");
        group.MapPost("/", Register).Produces(StatusCodes.Status201Created).DisableAntiforgery();
        group.MapGet("/{id:guid}", async (Guid id, ClientAccess access, CancellationToken ct) =>
            Results.Ok(ClientResponse.From(await access.ReadClient(id, "client", ct))));
        group.MapGet("/", async (string? query, ClientAccess access, CancellationToken ct) =>
            Results.Ok((await access.Search(query, 50, ct)).Select(ClientResponse.From)));
        ListClientCases.Map(endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases"));
        ExistingServices.Map(endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Clients"));
        return endpoints;
    }

    private static async Task<IResult> Register(RegisterClientRequest request, RegisterClient.Handler handler, CancellationToken ct)
    {
        var id = await handler.Handle(new RegisterClient.Request(request.PersonalIdentityCode, request.FirstName, request.LastName,
            request.Municipality, request.Phone, request.Email), ct);
        return Results.Created($"/api/clients/{id}", new { id });
    }
}
