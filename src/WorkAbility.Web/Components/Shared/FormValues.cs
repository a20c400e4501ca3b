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

    public static bool IsPost(HttpContext? http) => http is not null && HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType;

    private static IEnumerable<string> Values(HttpContext? http, string name) =>
        IsPost(http) && http!.Request.Form.TryGetValue(name, out var values) ? values.OfType<string>() : [];
}
