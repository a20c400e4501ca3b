namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>F40's tasks: the client's own under <c>/api/me</c>, a client's for the team under <c>/api/clients/{id}</c>.</summary>
public static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapClientTasks(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service").DisableAntiforgery();
        ShowTasks.MapOwn(me);
        MarkTaskDone.Map(me);
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Tasks").DisableAntiforgery();
        ShowTasks.MapClient(client);
        GiveTask.Map(client);
        CancelTask.Map(client);
        return endpoints;
    }
}
