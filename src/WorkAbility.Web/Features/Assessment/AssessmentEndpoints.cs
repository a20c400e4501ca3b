namespace WorkAbility.Web.Features.Assessment;

public static class AssessmentEndpoints
{
    /// <summary>The need assessment and the self-assessments: each use case maps its own route under the client.</summary>
    public static IEndpointRouteBuilder MapAssessment(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Cases").DisableAntiforgery();
        AssessNeed.Map(client);
        ListSelfAssessments.Map(client);
        FillSelfAssessment.Map(client);
        ListExternalMeasures.Map(client);
        RecordKykyviisari.Map(client);
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service").DisableAntiforgery();
        ListSelfAssessments.MapMine(me);
        FillSelfAssessment.MapMine(me);
        return endpoints;
    }
}
