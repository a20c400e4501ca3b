using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Features.Administration;

/// <summary>The administrator's API: the user directory and the settings overview; never a client's data.</summary>
public static class AdministrationEndpoints
{
    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin")
            .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Administrator)))
            .WithTags("Administration");
        admin.MapGet("/users", async (string? query, string? organisation, string? role, string? active, int? page, ListUsers.Handler handler, CancellationToken ct) =>
                Results.Ok(await handler.Handle(ListUsers.Parse(query, organisation, role, active), page ?? 1, ct)))
            .WithSummary("Users by name, organisation, role and status; 50 a page; with the active clients each is responsible for");
        admin.MapPost("/users/{userId:guid}/deactivate", async (Guid userId, ChangeUserStatus.Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(userId, active: false, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Takes a user out of service: no sign-in, open sessions end; refused while they are responsible for active clients");
        admin.MapPost("/users/{userId:guid}/reactivate", async (Guid userId, ChangeUserStatus.Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(userId, active: true, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent);
        admin.MapGet("/coordinator-routes", async (ListCoordinatorRoutes.Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("The saatelomake routing table: each municipality's sote-centre, and the sote-centres to choose from");
        admin.MapPost("/coordinator-routes", async (SetCoordinatorRoute.Request request, SetCoordinatorRoute.Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(request, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Routes a municipality's saatelomakkeet to a sote-centre (new route or redirect)");
        admin.MapGet("/kanta-outbox", async (string? status, ShowKantaOutbox.Handler handler, CancellationToken ct) =>
                Enum.TryParse<WorkAbility.Domain.Plans.DeliveryStatus>(status, ignoreCase: true, out var only) || string.IsNullOrEmpty(status)
                    ? Results.Ok(await handler.Handle(string.IsNullOrEmpty(status) ? null : only, ct))
                    : throw new WorkAbility.Domain.Common.DomainValidationException([new("status", "invalid_choice")]))
            .WithSummary("The plan archiving outbox: on or off, counts by status, the latest 50 deliveries (by plan version, no client data)");
        admin.MapPost("/kanta-outbox/{id:guid}/send-again", async (Guid id, SendKantaDeliveryAgain.Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(id, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Sends a given-up plan document again with a fresh round of attempts");
        admin.MapGet("/settings", async (ShowSettings.Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("The settings the county runs with; secrets only as set or not set");
        return endpoints;
    }
}
