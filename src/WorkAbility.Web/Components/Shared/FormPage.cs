using Microsoft.AspNetCore.Components;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// The one form pattern of every page: a change runs through <see cref="Submit"/> (on the page) or a
/// <see cref="UseCaseForm"/> (a form beside its use case, composed by the page); a user's mistake lands in the form's
/// <see cref="FormErrors"/> (shown by <c>ErrorSummary</c> at the top and <c>FieldMessage</c> at each field; what was typed
/// stays in the form), "not found" answers a denial or a missing record the same way, and an unwritable access log
/// withholds the page (503, <c>AccessLogDownNotice</c>).
/// </summary>
public abstract class FormPage : ComponentBase, IDisposable
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [Inject] private PageOutcome Outcome { get; set; } = null!;

    [Inject] private Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> Localizer { get; set; } = null!;

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    protected bool AccessLogDown => Outcome.AccessLogDown;

    /// <summary>The page already answered "not found" or "access log down": nothing more is loaded.</summary>
    protected bool Halted => Outcome.Halted;

    /// <summary>A form post to this page.</summary>
    protected bool Posting => HttpContext is { } http && HttpMethods.IsPost(http.Request.Method);

    /// <summary>The request's cancellation: an abandoned page stops its queries.</summary>
    protected CancellationToken RequestAborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>What the last change made says (a form's <c>Saved</c>), shown at the top of the page.</summary>
    protected string? SavedMessage { get; set; }

    protected override void OnInitialized() => Outcome.Changed += Rerender;

    private void Rerender() => _ = InvokeAsync(StateHasChanged);

    /// <summary>
    /// Runs a form's change: a user's mistake lands in <paramref name="errors"/> (the form keeps what was typed), a denial
    /// shows "not found", an unwritable access log withholds the page. Returns whether the change was made.
    /// </summary>
    protected Task<bool> Submit(FormErrors errors, Func<Task> change) => Outcome.Run(change, errors, Navigation, HttpContext, Localizer);

    protected async Task<T?> Load<T>(Func<Task<T>> load) where T : class
    {
        T? value = null;
        await Outcome.Run(async () => value = await load(), null, Navigation, HttpContext, Localizer);
        return value;
    }

    /// <summary>A composed form made its change: its message is shown and the page reads its data again.</summary>
    protected async Task Saved(string message)
    {
        SavedMessage = message;
        await Refresh();
    }

    /// <summary>Reads the page's data again after a composed form's change.</summary>
    protected virtual Task Refresh() => Task.CompletedTask;

    public void Dispose()
    {
        Outcome.Changed -= Rerender;
        GC.SuppressFinalize(this);
    }
}
