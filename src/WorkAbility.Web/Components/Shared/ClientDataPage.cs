using Microsoft.AspNetCore.Components;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// Base for pages that show a client's data: a denial or an unknown client renders the same
/// "not found" page (no existence leak), and an unwritable access log withholds the data (503).
/// A page that posts declares the change its form makes, so the request makes one access decision.
/// </summary>
public abstract class ClientDataPage : FormPage
{
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
    protected void ExpectWrite(IReadOnlyDictionary<string, string> resourceByForm, AccessAction action = AccessAction.Update) =>
        ExpectWrite(form => resourceByForm.GetValueOrDefault(form), action);

    /// <summary>
    /// As <see cref="ExpectWrite(string)"/> for forms repeated per item (a form per consent, named <c>narrow-{id}</c>): the change
    /// the posted form's name makes, or none for a name the page does not have.
    /// </summary>
    protected void ExpectWrite(Func<string, string?> changeOfForm, AccessAction action = AccessAction.Update)
    {
        if (Posting && HttpContext!.Request.HasFormContentType && changeOfForm(HttpContext.Request.Form["_handler"].ToString()) is { } resource)
        {
            Access.ExpectWrite(resource, action);
        }
    }
}
