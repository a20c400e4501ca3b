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
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (http.User.Identity?.IsAuthenticated == true || http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });
}
