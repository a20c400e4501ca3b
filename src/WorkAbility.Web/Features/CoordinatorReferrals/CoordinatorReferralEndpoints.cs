namespace WorkAbility.Web.Features.CoordinatorReferrals;

public static class CoordinatorReferralEndpoints
{
    /// <summary>The saatelomake (F31): each use case maps its own route under <c>/api/coordinator-referrals</c>.</summary>
    public static IEndpointRouteBuilder MapCoordinatorReferrals(this IEndpointRouteBuilder endpoints)
    {
        var referrals = endpoints.MapGroup("/api/coordinator-referrals").RequireAuthorization().WithTags("Coordinator referrals").DisableAntiforgery();
        ListRoutedMunicipalities.Map(referrals);
        SendCoordinatorReferral.Map(referrals);
        ListCoordinatorReferrals.Map(referrals);
        ShowCoordinatorReferral.Map(referrals);
        TakeOnCoordinatorReferral.Map(referrals);
        ReturnCoordinatorReferral.Map(referrals);
        return endpoints;
    }
}
