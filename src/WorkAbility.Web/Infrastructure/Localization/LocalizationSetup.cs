using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace WorkAbility.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddWorkAbilityLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // Selkosuomi laid over Finnish: every component's L goes through it.
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource>, PlainLanguageLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.Finnish, Languages.Finnish);
            // Only fi-FI formats; a chosen language changes the UI culture alone.
            options.SupportedCultures = [Languages.FormatCulture];
            options.SupportedUICultures = Languages.ForClients.Select(CultureInfo.GetCultureInfo).ToList();
            options.FallBackToParentUICultures = true;
            // Finnish unless the person chose otherwise: no Accept-Language guessing.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// <c>GET /culture/{culture}?returnUrl=/path</c>: remembers the language in a cookie and returns
    /// to the page the person was on (local URLs only).
    /// </summary>
    /// <summary>The language cookie: the UI speaks <paramref name="culture"/> (one of <see cref="Languages.All"/>) from the next request on.</summary>
    public static void RememberLanguage(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Languages.Finnish, culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Languages.ForClients.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                return Results.NotFound();
            }
            RememberLanguage(http, culture);
            var target = IsLocal(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
