namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// Values of repeated form fields (check boxes with one name). Blazor's form binding maps indexed
/// names; a group of check boxes posts only the checked ones under the same name, read here.
/// </summary>
public static class FormValues
{
    public static List<Guid> Guids(HttpContext? http, string name) =>
        Values(http, name).Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();

    public static List<T> Enums<T>(HttpContext? http, string name) where T : struct, Enum =>
        Values(http, name).Select(WorkAbility.Domain.Common.EnumChoice.Of<T>).OfType<T>().ToList();

    /// <summary>
    /// The item a per-item form was posted for (<c>withdraw-{id}</c>, <c>task-done-{id}</c>), or none. A page keeps that item's
    /// form even when the item changed meanwhile (withdrawn in another tab), so the post reaches its use case, which answers
    /// in the form, instead of the framework's "no form of that name".
    /// </summary>
    public static Guid? PostedItem(HttpContext? http, string prefix) =>
        IsPost(http) && http!.Request.Form["_handler"].ToString() is { } name && name.StartsWith(prefix, StringComparison.Ordinal) &&
        Guid.TryParse(name[prefix.Length..], out var id) ? id : null;

    /// <summary>
    /// Whether this request posts the form of that name: a page keeps a form that has done its work (a plan acknowledged, an
    /// outcome recorded) while its post is answered, so a second send reaches the use case instead of the framework's error.
    /// </summary>
    public static bool Posted(HttpContext? http, string formName) => IsPost(http) && http!.Request.Form["_handler"].ToString() == formName;

    public static bool IsPost(HttpContext? http) => http is not null && HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType;

    private static IEnumerable<string> Values(HttpContext? http, string name) =>
        IsPost(http) && http!.Request.Form.TryGetValue(name, out var values) ? values.OfType<string>() : [];
}
