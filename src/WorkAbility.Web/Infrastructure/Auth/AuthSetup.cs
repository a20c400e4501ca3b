using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Auth;

public static class AuthSetup
{
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IServiceCollection AddWorkAbilityAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.ReadNow<AuthSettings>();
        if (settings.IsDemo && environment.IsProduction())
        {
            throw new InvalidOperationException("Auth:Mode=Demo is refused in the Production environment.");
        }
        services.AddSettings<AuthSettings>();

        var auth = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        auth.AddCookie(options =>
        {
            options.Cookie.Name = "wa.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(settings.InactivityTimeoutMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.AccessDeniedPath = "/not-found";
            options.Events.OnValidatePrincipal = ValidateSession;
            // The API answers 401/403; only pages redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status404NotFound);
        });

        if (!settings.IsDemo)
        {
            services.AddHandlerSettings<OpenIdConnectOptions>(OidcScheme, AuthSettings.OidcSection);
            auth.AddOpenIdConnect(OidcScheme, options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Events.OnTokenValidated = MapExternalIdentity;
                // An unknown person, a cancelled sign-in or a broken answer from the provider ends on a page that says so, never a 500.
                options.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/sign-in?failed=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }
        services.AddAuthorization();
        services.AddScoped<SessionStore>();
        return services;
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The cookie is only a pointer to a server-side session: an ended, idle or too old session
    /// signs the person out, whatever the cookie says.
    /// </summary>
    private static async Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var principal = context.Principal;
        if (principal is null ||
            !Guid.TryParse(principal.FindFirstValue(WorkAbilityClaims.SessionId), out var sessionId) ||
            !await sessions.ValidateAsync(sessionId, principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>
    /// Turns an external identity into ours: staff by their username at the organisation's IdP,
    /// clients by the identity code Suomi.fi gives; a person the county does not know yet, by that code, as a resident who may
    /// ask for support (F40). Staff unknown to the county are not signed in.
    /// </summary>
    private static async Task MapExternalIdentity(TokenValidatedContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var external = context.Principal!;
        var code = external.FindFirstValue(WorkAbilityClaims.SuomiFiIdentityCode);
        if (code is not null && PersonalIdentityCode.TryParse(code, out var identityCode))
        {
            var client = await db.Clients.AsNoTracking().Where(c => c.PersonalIdentityCode == identityCode)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.PreferredLanguage }).SingleOrDefaultAsync();
            if (client is not null)
            {
                Localization.LocalizationSetup.RememberLanguage(context.HttpContext, Localization.Languages.OfTwoLetter(client.PreferredLanguage));
                var clientSession = await sessions.StartAsync(client.Id.ToString(), context.HttpContext.RequestAborted);
                context.Principal = WorkAbilityClaims.ForClient(client.Id, client.FirstName + " " + client.LastName, clientSession, CookieAuthenticationDefaults.AuthenticationScheme);
                return;
            }
            // A person the county does not know yet may ask for support themselves (F40), and nothing else.
            var first = external.FindFirstValue("given_name") ?? external.FindFirstValue(ClaimTypes.GivenName) ?? "";
            var last = external.FindFirstValue("family_name") ?? external.FindFirstValue(ClaimTypes.Surname) ?? "";
            var residentSession = await sessions.StartAsync(WorkAbilityClaims.ResidentUserId(identityCode.Value), context.HttpContext.RequestAborted);
            context.Principal = WorkAbilityClaims.ForResident(identityCode.Value, first, last, residentSession, CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var username = (external.FindFirstValue("preferred_username") ?? external.Identity?.Name)?.ToLowerInvariant();
        var staff = username is null ? null : await db.Professionals.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username && p.Active);
        if (staff is null)
        {
            context.Fail("Unknown user.");
            return;
        }
        var staffSession = await sessions.StartAsync(staff.Id.ToString(), context.HttpContext.RequestAborted);
        context.Principal = WorkAbilityClaims.ForStaff(staff, staffSession, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
