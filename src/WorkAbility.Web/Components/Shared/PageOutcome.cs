using Microsoft.AspNetCore.Components;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// What a page and the forms it composes share in one request: whether the page must stop because the client was not
/// found (or may not be seen) or the access log cannot be written. A form that meets either tells the page here, and the
/// page renders "not found" or the access-log notice (503) in place of everything else.
/// </summary>
public sealed class PageOutcome
{
    public bool AccessLogDown { get; private set; }
    public bool NotFound { get; private set; }
    public bool Halted => AccessLogDown || NotFound;

    /// <summary>Raised when the page must render again to show the access-log notice.</summary>
    public event Action? Changed;

    /// <summary>
    /// Runs a change or a load: a user's mistake lands in <paramref name="errors"/> (the form keeps what was typed), a denial
    /// or a missing thing answers "not found", an unwritable access log withholds the page. Returns whether it ran.
    /// </summary>
    public async Task<bool> Run(Func<Task> work, FormErrors? errors, NavigationManager navigation, HttpContext? http,
        Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        try
        {
            await work();
            return true;
        }
        catch (Exception e) when (e is ClientNotFoundException or WorkAbility.Domain.Common.DomainRuleException { Kind: WorkAbility.Domain.Common.RefusalKind.NotFound })
        {
            // The framework renders "not found" (404) in place of the page; rendering the page again would undo it.
            NotFound = true;
            navigation.NotFound();
        }
        catch (AccessLogUnavailableException)
        {
            AccessLogDown = true;
            if (http is not null)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
            Changed?.Invoke();
        }
        catch (Exception ex) when (errors is not null && errors.Take(ex, localizer))
        {
        }
        return false;
    }
}
