using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WorkAbility.Web.Infrastructure.Settings;

/// <summary>A configuration section as a class: its name, its settings with their defaults and the bounds each must keep.</summary>
public interface ISettingsSection
{
    static abstract string Section { get; }
}

/// <summary>
/// The one way the product reads its settings. Each configuration section is a class beside the code it steers
/// (<c>AccessLogSettings</c>, <c>StatisticsSettings</c>…), bound here, checked when the app starts (a bad value stops the
/// start and names the setting) and injected as that class; the administrator's settings page reads the same objects.
/// No other code reads configuration by key (KeepingTheStructureTests). Every setting: docs/configuration.md.
/// </summary>
public static class SettingsRegistration
{
    /// <summary>Binds <typeparamref name="T"/> from its section, validated at start, injectable as <typeparamref name="T"/> itself.</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, Action<T>? complete = null)
        where T : class, ISettingsSection => services.AddSettings(T.Section, complete);

    /// <summary>As <see cref="AddSettings{T}(IServiceCollection, Action{T})"/> for a class that cannot name its section (a domain rule's thresholds).</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, string section, Action<T>? complete = null) where T : class
    {
        var options = services.AddOptions<T>().BindConfiguration(section);
        if (complete is not null)
        {
            options.Configure(complete);
        }
        options.ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }

    /// <summary>A framework handler's own options (the OpenID Connect handler's), bound from a section before the handler's own setup runs.</summary>
    public static IServiceCollection AddHandlerSettings<T>(this IServiceCollection services, string name, string section) where T : class
    {
        services.AddOptions<T>(name).BindConfiguration(section);
        return services;
    }

    /// <summary>
    /// A section that decides what is registered (the database provider, the sign-in mode) is read while services are
    /// registered, with the same checks; the running app injects the bound object registered by <see cref="AddSettings{T}(IServiceCollection, Action{T})"/>.
    /// </summary>
    public static T ReadNow<T>(this IConfiguration configuration, Action<T>? complete = null) where T : class, ISettingsSection, new()
    {
        var value = configuration.GetSection(T.Section).Get<T>() ?? new T();
        complete?.Invoke(value);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), errors, validateAllProperties: true))
        {
            throw new OptionsValidationException(T.Section, typeof(T), errors.Select(e => e.ErrorMessage ?? T.Section));
        }
        return value;
    }
}
