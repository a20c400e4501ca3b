using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
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
        return endpoints;
    }

    private static async Task<IResult> Register(RegisterClientRequest request, ClientAccess access, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Managers, administrators and clients do not register clients.
        var actor = access.RequireProfessional();
        var client = Client.Register(request.PersonalIdentityCode, request.FirstName, request.LastName, request.Municipality,
            request.Phone, request.Email, clock.GetUtcNow(), actor.OrganisationId);
        if (await db.Clients.AnyAsync(c => c.PersonalIdentityCode == client.PersonalIdentityCode, ct))
        {
            throw new DomainRuleException("client_exists", "personalIdentityCode");
        }
        db.Clients.Add(client);
        // The record and its Create entry are saved in one transaction: neither exists without the other.
        await access.LogCreated(client.Id, "client", ct);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/clients/{client.Id}", new { id = client.Id });
    }
}
