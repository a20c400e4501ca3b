using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Integrations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Fhir;

public static class FhirRegistration
{
    public static IServiceCollection AddWorkAbilityFhir(this IServiceCollection services)
    {
        services.AddScoped<ClientRecords>();
        services.AddScoped<QuestionnaireResponseIntake>();
        services.AddSettings<KantaSettings>();
        services.AddSaveEffect<PlanOutboxInterceptor>();
        services.AddHttpClient(KantaDelivery.HttpClientName);
        services.AddScoped<KantaDelivery>();
        services.AddHostedService<KantaDeliveryRounds>();
        return services;
    }
}
