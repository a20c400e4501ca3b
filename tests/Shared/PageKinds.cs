using System.Text.RegularExpressions;

namespace WorkAbility.Testing;

/// <summary>
/// A page's kind for the crawls of every demo user's pages (HTTP and phone width): its path with ids and numbers as
/// placeholders, and the names of its query values — "/asiakkaat/{id}/seuranta?" — so a crawl can take a few of each.
/// </summary>
internal static partial class PageKinds
{
    public static string Of(string url)
    {
        var parts = url.Split('?', 2);
        var path = Numbers().Replace(Ids().Replace(parts[0], "{id}"), "/{n}");
        return path + "?" + (parts.Length > 1 ? string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex("/[0-9]+(?=/|$)")]
    private static partial Regex Numbers();
}
