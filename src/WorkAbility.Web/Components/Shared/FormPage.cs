using Microsoft.AspNetCore.Components;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// The one form pattern of every page: a change runs through <see cref="Submit"/>, a user's mistake
/// lands in the form's <see cref="FormErrors"/> (shown by <c>ErrorSummary</c> at the top and
/// <c>FieldMessage</c> at each field; what was typed stays in the form), "not found" answers a
/// denial or a missing record the same way, and an unwritable access log withholds the page (503,
/// <c>AccessLogDownNotice</c>).
/// </summary>
public abstract class FormPage : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    protected bool AccessLogDown { get; private set; }

    /// <summary>The page already answered "not found" or "access log down": nothing more is loaded.</summary>
    protected bool Halted => AccessLogDown || notFound;

    /// <summary>A form post to this page.</summary>
    protected bool Posting => HttpContext is { } http && HttpMethods.IsPost(http.Request.Method);

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
        catch (Exception e) when (e is ClientNotFoundException or WorkAbility.Domain.Common.DomainRuleException { Kind: WorkAbility.Domain.Common.RefusalKind.NotFound })
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
        catch (Exception e) when (e is ClientNotFoundException or WorkAbility.Domain.Common.DomainRuleException { Kind: WorkAbility.Domain.Common.RefusalKind.NotFound })
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
