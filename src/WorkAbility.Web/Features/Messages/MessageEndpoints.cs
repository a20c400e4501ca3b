namespace WorkAbility.Web.Features.Messages;

/// <summary>F40's API: the client's own threads under <c>/api/me</c>, a client's threads for the team under <c>/api/clients/{id}</c>.</summary>
public static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service").DisableAntiforgery();
        ShowMessages.MapOwn(me);
        WriteMessage.MapOwn(me);
        ChooseNoticeChannels.Map(me);
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Messages").DisableAntiforgery();
        ShowMessages.MapClient(client);
        WriteMessage.MapClient(client);
        ShowMessageInbox.Map(endpoints.MapGroup("/api/messages").RequireAuthorization().WithTags("Messages"));
        return endpoints;
    }
}
