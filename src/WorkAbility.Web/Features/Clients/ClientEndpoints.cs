using WorkAbility.Domain.Access;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>The client API minimum: register, read one, search within what the caller may see.</summary>
public static class ClientEndpoints
{
    public sealed record RegisterClientRequest(string? PersonalIdentityCode, string? FirstName, string? LastName,
        string? Municipality, string? Phone, string? Email, bool? NonDisclosure = null);

    public sealed record ClientResponse(Guid Id, string PersonalIdentityCode, string FirstName, string LastName,
        string Municipality, string? Phone, string? Email, string Version, bool NonDisclosure)
    {
        public static ClientResponse From(Client c, Actor reader)
        {
            bool contact = c.ContactDetailsShownTo(reader.OrganisationId, reader.ClientId);
            return new(c.Id, c.PersonalIdentityCode.Value, c.FirstName, c.LastName, c.Municipality, contact ? c.Phone : null, contact ? c.Email : null,
                c.Version.ToString("N"), c.NonDisclosure);
        }
    }

    public static IEndpointRouteBuilder MapClients(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients").RequireAuthorization().WithTags("Clients");
        group.MapPost("/", Register).Produces(StatusCodes.Status201Created).DisableAntiforgery();
        group.MapGet("/{id:guid}", async (Guid id, ClientAccess access, CancellationToken ct) =>
            Results.Ok(ClientResponse.From(await access.ReadClient(id, "client", ct), access.Actor)));
        group.MapGet("/", async (string? query, ClientAccess access, CancellationToken ct) =>
            Results.Ok((await access.Search(query, 50, ct)).Clients.Select(c => ClientResponse.From(c, access.Actor))));
        ListClientCases.Map(endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases"));
        ExistingServices.Map(endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Clients"));
        return endpoints;
    }

    private static async Task<IResult> Register(RegisterClientRequest request, RegisterClient.Handler handler, CancellationToken ct)
    {
        var id = await handler.Handle(new RegisterClient.Request(request.PersonalIdentityCode, request.FirstName, request.LastName,
            request.Municipality, request.Phone, request.Email, request.NonDisclosure ?? false), ct);
        return Results.Created($"/api/clients/{id}", new { id });
    }
}
