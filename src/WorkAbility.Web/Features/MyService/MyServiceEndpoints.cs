namespace WorkAbility.Web.Features.MyService;

/// <summary>The client's own API, <c>/api/me</c> (F27): the same reads and actions as the client's pages.</summary>
public static class MyServiceEndpoints
{
    public static IEndpointRouteBuilder MapMyService(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service").DisableAntiforgery();
        ShowMyOverview.Map(me);
        ShowMyAccessLog.Map(me);
        GiveFeedback.Map(me);
        TellMySituation.Map(me);
        ChooseLanguage.Map(me);
        AskForSupport.Map(me);
        ShowMyRequests.Map(me);
        return endpoints;
    }
}
