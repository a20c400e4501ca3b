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
