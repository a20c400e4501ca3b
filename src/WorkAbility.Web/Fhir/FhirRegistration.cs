using WorkAbility.Web.Infrastructure.Integrations;

namespace WorkAbility.Web.Fhir;

public static class FhirRegistration
{
    public static IServiceCollection AddWorkAbilityFhir(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ClientRecords>();
        services.AddScoped<QuestionnaireResponseIntake>();
        services.AddSingleton(configuration.GetSection("Kanta").Get<KantaSettings>() ?? new KantaSettings());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PlanOutboxInterceptor>();
        services.AddHttpClient(KantaDelivery.HttpClientName);
        services.AddScoped<KantaDelivery>();
        services.AddHostedService<KantaDeliveryRounds>();
        return services;
    }
}
