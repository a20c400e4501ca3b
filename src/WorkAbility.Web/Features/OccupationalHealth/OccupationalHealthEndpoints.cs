namespace WorkAbility.Web.Features.OccupationalHealth;

public static class OccupationalHealthEndpoints
{
    /// <summary>The occupational health path: each use case maps its own route under the client.</summary>
    public static IEndpointRouteBuilder MapOccupationalHealth(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Follow-up").DisableAntiforgery();
        ShowOhPath.Map(client);
        RecordEarlySupportDiscussion.Map(client);
        RecordEmploymentEnded.Map(client);
        HandOverToCounty.Map(client);
        ReceiveOhHandover.Map(client);
        RecordWorkAbilityNegotiation.Map(client);
        ReferFromOccupationalHealth.Map(client);
        RecordEmployerSide.Map(client);
        AskOccupationalHealth.Map(client);
        AnswerOhQuestion.Map(client);
        ChangeOhProvider.Map(client);
        return endpoints;
    }
}
