namespace WorkAbility.Web.Features.FollowUp;

public static class FollowUpEndpoints
{
    /// <summary>Follow-up and the end of support: each use case maps its own route under the client.</summary>
    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Follow-up").DisableAntiforgery();
        ShowFollowUp.Map(client);
        RecordContact.Map(client);
        RecordReview.Map(client);
        EndSupport.Map(client);
        ReopenCase.Map(client);
        ChangeSituation.Map(client);
        RecordSituationAfterSupport.Map(client);
        var continuity = endpoints.MapGroup("/api/continuity").RequireAuthorization().WithTags("Follow-up").DisableAntiforgery();
        ShowContinuity.Map(continuity);
        AcknowledgeContinuity.Map(continuity);
        return endpoints;
    }
}
