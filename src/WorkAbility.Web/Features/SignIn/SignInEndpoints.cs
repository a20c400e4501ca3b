using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Features.SignIn;

public static class SignInEndpoints
{
    public sealed record DemoSignInRequest(string? Username);

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<AuthSettings>();
        // Mapped in every mode so that outside demo mode they answer a plain 404.
        endpoints.MapGet("/auth/demo/users", async (DemoUsers.Handler users, CancellationToken ct) =>
            settings.IsDemo ? Results.Ok(await users.List(ct)) : Results.Problem(statusCode: StatusCodes.Status404NotFound));
        endpoints.MapPost("/auth/demo/sign-in", (HttpContext http, AppDbContext db, TimeProvider clock, IAntiforgery antiforgery, SessionStore sessions, CancellationToken ct) =>
            settings.IsDemo ? DemoSignIn(http, db, clock, antiforgery, sessions, ct) : Task.FromResult(Results.Problem(statusCode: StatusCodes.Status404NotFound)))
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status302Found).DisableAntiforgery();
        if (!settings.IsDemo)
        {
            endpoints.MapGet("/auth/sign-in", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [AuthSetup.OidcScheme]));
        }
        endpoints.MapPost("/auth/sign-out", SignOut).Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status302Found).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Form post from the demo page (antiforgery checked) or JSON <c>{"username": "…"}</c>.</summary>
    private static async Task<IResult> DemoSignIn(HttpContext http, AppDbContext db, TimeProvider clock, IAntiforgery antiforgery, SessionStore sessions, CancellationToken ct)
    {
        var localizer = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource>>();
        string? username;
        bool fromForm = IsUrlEncodedForm(http.Request);
        if (fromForm)
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            username = (await http.Request.ReadFormAsync(ct))["username"];
        }
        else if (!http.Request.HasJsonContentType() || http.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: localizer["Error.ValidationTitle"]);
        }
        else
        {
            try
            {
                var body = await http.Request.ReadFromJsonAsync<DemoSignInRequest>(ct);
                username = body?.Username;
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["Error.ValidationTitle"]);
            }
        }
        username = username?.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        System.Security.Claims.ClaimsPrincipal? principal = null;
        string? language = null;
        if (username is not null && username.StartsWith(DemoUsers.ClientPrefix, StringComparison.Ordinal) &&
            Guid.TryParse(username[DemoUsers.ClientPrefix.Length..], out var clientId))
        {
            var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.FirstName, c.LastName, c.PreferredLanguage }).SingleOrDefaultAsync(ct);
            if (client is not null)
            {
                language = client.PreferredLanguage;
                principal = WorkAbilityClaims.ForClient(clientId, client.FirstName + " " + client.LastName,
                    await sessions.StartAsync(clientId.ToString(), ct), CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }
        else if (username == DemoUsers.ResidentUsername)
        {
            var resident = WorkAbility.Web.Data.Demo.DemoCounty.Resident;
            principal = WorkAbilityClaims.ForResident(resident.IdentityCode.Value, resident.FirstName, resident.LastName,
                await sessions.StartAsync(WorkAbilityClaims.ResidentUserId(resident.IdentityCode.Value), ct), CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (username is not null)
        {
            var staff = await db.Professionals.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username && p.Active, ct);
            if (staff is not null)
            {
                principal = WorkAbilityClaims.ForStaff(staff, await sessions.StartAsync(staff.Id.ToString(), ct), CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }
        if (principal is null)
        {
            return fromForm ? Results.LocalRedirect("/sign-in?unknown=1") : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["SignIn.UnknownUser"]);
        }
        // A new session replaces any earlier one of this browser.
        await EndCurrentSession(http, sessions, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        if (language is not null)
        {
            // A client's pages open in the language they chose (F27).
            LocalizationSetup.RememberLanguage(http, Languages.OfTwoLetter(language));
        }
        return fromForm ? Results.LocalRedirect("/") : Results.NoContent();
    }

    private static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery, SessionStore sessions, CancellationToken ct)
    {
        bool fromForm = IsUrlEncodedForm(http.Request);
        if (!fromForm && http.Request.HasFormContentType)
        {
            // The page's form is url-encoded; any other form body (multipart) is not what this endpoint takes.
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (fromForm && !await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }
        await EndCurrentSession(http, sessions, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return fromForm ? Results.LocalRedirect("/") : Results.NoContent();
    }

    /// <summary>The pages post url-encoded forms; a multipart body is refused (415) rather than parsed.</summary>
    private static bool IsUrlEncodedForm(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static async Task EndCurrentSession(HttpContext http, SessionStore sessions, CancellationToken ct)
    {
        if (Guid.TryParse(http.User.FindFirst(WorkAbilityClaims.SessionId)?.Value, out var sessionId))
        {
            await sessions.EndAsync(sessionId, ct);
        }
    }

    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
