namespace WorkAbility.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// Strict headers on every response; and <c>Cache-Control: no-store</c> whenever someone is
    /// signed in, so no page or API answer carrying client data stays in a browser or proxy cache.
    /// </summary>
    public static IApplicationBuilder UseWorkAbilitySecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // Same-origin: nothing leaves for other sites, and the app's own posts carry their Origin (with no-referrer a
                // browser sends "Origin: null"), which the cross-site check (RequestHygiene) reads.
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!IsPlainLoopbackHttp(http.Request))
                {
                    MarkCookiesSecure(headers);
                }
                if (http.User.Identity?.IsAuthenticated == true || http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>
    /// Only a browser talking plain http to this very machine (the demo, a developer) may get cookies
    /// without <c>Secure</c>; everywhere else — https, or http behind a proxy that ends TLS — the
    /// session, antiforgery and sign-in cookies never travel unencrypted.
    /// </summary>
    public static bool IsPlainLoopbackHttp(HttpRequest request) =>
        !request.IsHttps && request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    private static void MarkCookiesSecure(IHeaderDictionary headers)
    {
        var cookies = headers.SetCookie;
        if (cookies.Count == 0)
        {
            return;
        }
        headers.SetCookie = new Microsoft.Extensions.Primitives.StringValues(cookies
            .Select(c => c is null || c.Contains("; secure", StringComparison.OrdinalIgnoreCase) ? c : c + "; secure")
            .ToArray());
    }
}
