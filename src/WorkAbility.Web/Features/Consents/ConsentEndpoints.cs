namespace WorkAbility.Web.Features.Consents;

public static class ConsentEndpoints
{
    /// <summary>The client's consents: each use case maps its own route.</summary>
    public static IEndpointRouteBuilder MapConsents(this IEndpointRouteBuilder endpoints)
    {
        var consents = endpoints.MapGroup("/api/clients/{clientId:guid}/consents").RequireAuthorization().WithTags("Consents").DisableAntiforgery();
        ShowConsents.Map(consents);
        RecordConsent.Map(consents);
        NarrowConsent.Map(consents);
        WithdrawConsent.Map(consents);
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service").DisableAntiforgery();
        ShowConsents.MapMine(me);
        NarrowConsent.MapMine(me);
        WithdrawConsent.MapMine(me);
        ConfirmConsent.MapMine(me);
        return endpoints;
    }
}
