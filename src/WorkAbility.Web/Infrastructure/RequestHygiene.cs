using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace WorkAbility.Web.Infrastructure;

/// <summary>
/// Two rules every request meets before any endpoint sees it, so no endpoint has to remember them:
/// an empty query value (<c>?organisation=</c>, as a form's unchosen select sends it) means "no filter"; and a
/// state-changing request a browser sends from another site is refused.
/// </summary>
public static class RequestHygiene
{
    public static IApplicationBuilder UseRequestHygiene(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        DropEmptyQueryValues(http.Request);

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && !IsSignInCallback(http) && IsCrossSite(http.Request))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource>>()["Error.CrossSite"])
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    /// <summary>Removes query values that are empty, so binding treats them as absent (one rule, not per endpoint).</summary>
    public static void DropEmptyQueryValues(HttpRequest request)
    {
        var query = request.Query;
        if (!query.Any(q => q.Value.Any(string.IsNullOrEmpty)))
        {
            return;
        }
        var kept = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
            {
                kept.Add(key, value!);
            }
        }
        request.QueryString = kept.ToQueryString();
    }

    /// <summary>
    /// Whether a browser sent the request from a page that is not this app's own: by <c>Sec-Fetch-Site</c> where the
    /// browser sends it (a sibling subdomain is "same-site", and refused too), else by <c>Origin</c>, else by
    /// <c>Referer</c>. A request with none of them is not a browser's cross-site request (an integration, a script).
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        var headers = request.Headers;
        var site = headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return true;
        }
        var own = $"{request.Scheme}://{request.Host.Value}";
        var origin = headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase);
        }
        var referer = headers.Referer.ToString();
        if (referer.Length > 0)
        {
            return !Uri.TryCreate(referer, UriKind.Absolute, out var from) ||
                !string.Equals(from.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>The identity provider posts its answer back from its own site (response mode form_post): that post is expected.</summary>
    private static bool IsSignInCallback(HttpContext http)
    {
        var options = http.RequestServices.GetService<IOptionsMonitor<OpenIdConnectOptions>>()?.Get(Auth.AuthSetup.OidcScheme);
        return options is not null && (http.Request.Path == options.CallbackPath || http.Request.Path == options.SignedOutCallbackPath
            || http.Request.Path == options.RemoteSignOutPath);
    }
}
