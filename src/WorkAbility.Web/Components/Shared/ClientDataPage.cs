using Microsoft.AspNetCore.Components;
using WorkAbility.Domain.Access;
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

    /// <summary>The page already answered "not found" or "access log down": nothing more is loaded.</summary>
    protected bool Halted => AccessLogDown || notFound;

    /// <summary>A form post to this page.</summary>
    protected bool Posting => HttpContext is { } http && HttpMethods.IsPost(http.Request.Method);

    [Inject] private ClientAccess Access { get; set; } = null!;

    /// <summary>
    /// On a form post, the page's reads are decided and logged as the change the form makes
    /// (<paramref name="resource"/>), which the handler's door then reuses: one request, one
    /// access decision, one access-log entry.
    /// </summary>
    protected void ExpectWrite(string resource, AccessAction action = AccessAction.Update)
    {
        if (Posting)
        {
            Access.ExpectWrite(resource, action);
        }
    }

    /// <summary>As <see cref="ExpectWrite(string)"/> for a page with several forms: the change of the form that was posted.</summary>
    protected void ExpectWrite(IReadOnlyDictionary<string, string> resourceByForm, AccessAction action = AccessAction.Update)
    {
        if (Posting && HttpContext!.Request.HasFormContentType &&
            resourceByForm.TryGetValue(HttpContext.Request.Form["_handler"].ToString(), out var resource))
        {
            Access.ExpectWrite(resource, action);
        }
    }

    /// <summary>The request's cancellation: an abandoned page stops its queries.</summary>
    protected CancellationToken RequestAborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    private bool notFound;

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
            notFound = true;
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
            notFound = true;
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
