using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Infrastructure.Errors;

/// <summary>
/// Pages show the localized "not found" page; the API, FHIR and auth endpoints answer for themselves. An API "not
/// found" that carries no body of its own (an unknown address, a role refused as not found) gets the same problem
/// body as every other not-found (an unknown client, meeting, consent or user), so no answer tells what exists.
/// </summary>
public static class MachineRouteStatusPages
{
    public static IApplicationBuilder UseMachineRouteStatusPages(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        bool machine = DomainExceptionHandler.IsMachineRoute(http.Request.Path);
        if (machine && http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        await next(http);
        if (machine && http.Request.Path.StartsWithSegments("/api") &&
            http.Response is { HasStarted: false, StatusCode: StatusCodes.Status404NotFound, ContentLength: null } && string.IsNullOrEmpty(http.Response.ContentType))
        {
            var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = localizer["Error.NotFoundTitle"] },
            });
        }
    });
}
