namespace WorkAbility.Web.Features.Consultations;

public static class ConsultationEndpoints
{
    public static IEndpointRouteBuilder MapConsultations(this IEndpointRouteBuilder endpoints)
    {
        var consultations = endpoints.MapGroup("/api/consultations").RequireAuthorization().WithTags("Consultations");
        AskConsultation.Map(consultations);
        ListConsultations.Map(consultations);
        ShowConsultation.Map(consultations);
        AnswerConsultation.Map(consultations);
        ListExpertInbox.Map(consultations);
        AnswerExpertConsultation.Map(consultations);
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Consultations").DisableAntiforgery();
        ListCaseConsultations.Map(client);
        AskExpert.Map(client);
        return endpoints;
    }
}
