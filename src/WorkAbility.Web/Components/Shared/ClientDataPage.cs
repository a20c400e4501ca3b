using Microsoft.AspNetCore.Components;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// Base for pages that show a client's data: a denial or an unknown client renders the same
/// "not found" page (no existence leak), and an unwritable access log withholds the data (503).
/// </summary>
public abstract class ClientDataPage : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    protected bool AccessLogDown { get; private set; }

    /// <summary>
    /// Runs a form's change: a user's mistake lands in <paramref name="errors"/> (the form keeps
    /// what was typed), a denial shows "not found", an unwritable access log withholds the page.
    /// Returns whether the change was made.
    /// </summary>
    protected async Task<bool> Submit(FormErrors errors, Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (ClientNotFoundException)
        {
            Navigation.NotFound();
        }
        catch (AccessLogUnavailableException)
        {
            AccessLogDown = true;
            if (HttpContext is not null)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }
        catch (Exception ex) when (errors.Take(ex, Localizer))
        {
        }
        return false;
    }

    [Inject] private Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> Localizer { get; set; } = null!;

    protected async Task<T?> Load<T>(Func<Task<T>> load) where T : class
    {
        try
        {
            return await load();
        }
        catch (ClientNotFoundException)
        {
            Navigation.NotFound();
            return null;
        }
        catch (AccessLogUnavailableException)
        {
            AccessLogDown = true;
            if (HttpContext is not null)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
            return null;
        }
    }
}
