namespace WorkAbility.Web.Fhir;

public static class FhirRegistration
{
    public static IServiceCollection AddWorkAbilityFhir(this IServiceCollection services)
    {
        services.AddScoped<ClientRecords>();
        return services;
    }
}
