namespace WorkAbility.Web.Features.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications").DisableAntiforgery();
        group.MapGet("/", async (MyNotifications notifications, CancellationToken ct) => Results.Ok(await notifications.List(ct)));
        group.MapPost("/read", async (MyNotifications notifications, CancellationToken ct) =>
        {
            await notifications.MarkAllRead(ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }
}
