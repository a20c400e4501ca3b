namespace WorkAbility.Web.Features.Referrals;

public static class ReferralEndpoints
{
    /// <summary>Closed-loop referrals: each use case maps its own route, under the client or under the provider's referrals.</summary>
    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Referrals").DisableAntiforgery();
        ListClientReferrals.Map(client);
        SendReferral.Map(client);
        ListExternalReferrals.Map(client);
        RecordExternalReferral.Map(client);
        RecordExternalOutcome.Map(client);
        var referrals = endpoints.MapGroup("/api/referrals").RequireAuthorization().WithTags("Referrals").DisableAntiforgery();
        ShowReferralInbox.Map(referrals);
        ShowReferral.Map(referrals);
        MoveReferral.Map(referrals);
        return endpoints;
    }
}
