namespace WorkAbility.Web.Features.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        var notifications = endpoints.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications").DisableAntiforgery();
        ListMyNotifications.Map(notifications);
        MarkNotificationsRead.Map(notifications);
        return endpoints;
    }
}
