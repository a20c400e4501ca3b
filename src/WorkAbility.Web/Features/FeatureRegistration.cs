using WorkAbility.Web.Features.Home;

namespace WorkAbility.Web.Features;

public static class FeatureRegistration
{
    /// <summary>Registers the use-case handlers of every feature folder.</summary>
    public static IServiceCollection AddWorkAbilityFeatures(this IServiceCollection services)
    {
        services.AddScoped<ServiceOverview.Handler>();
        return services;
    }
}
