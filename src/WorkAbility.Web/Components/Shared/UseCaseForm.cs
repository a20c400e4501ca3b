using Microsoft.AspNetCore.Components;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// A form beside its use case (<c>ProposeHandoverForm.razor</c> next to <c>ProposeHandover.cs</c>): one form, one handler
/// that writes, binding the use case's own request. It runs the change in the one form pattern (errors kept with what was
/// typed; "not found" and "access log down" stop the page, see <see cref="PageOutcome"/>) and tells the page that composes
/// it when the change is made (<see cref="Saved"/>: the page shows the message and reads its data again).
/// </summary>
public abstract class UseCaseForm : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [Inject] private PageOutcome Outcome { get; set; } = null!;

    [Inject] private Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> Localizer { get; set; } = null!;

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    /// <summary>The change was made; the argument is what to tell the user.</summary>
    [Parameter] public EventCallback<string> Saved { get; set; }

    protected FormErrors Errors { get; } = new();

    protected CancellationToken RequestAborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>Runs the change; on success tells the page with <paramref name="savedMessage"/>. Returns whether it was made.</summary>
    protected Task<bool> Run(Func<Task> change, string savedMessage) => Run(change, () => savedMessage);

    /// <summary>As <see cref="Run(Func{Task}, string)"/> with a message that tells what the change made (a plan's new version number).</summary>
    protected async Task<bool> Run(Func<Task> change, Func<string> savedMessage)
    {
        if (!await Outcome.Run(change, Errors, Navigation, HttpContext, Localizer))
        {
            return false;
        }
        await Saved.InvokeAsync(savedMessage());
        return true;
    }
}
