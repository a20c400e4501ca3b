namespace WorkAbility.Web.Components.Shared;

/// <summary>Which page numbers a pager links: the first, the last and a window around the current one; null marks a gap ("…").</summary>
public static class PageLinks
{
    public const int Window = 2;

    public static IEnumerable<int?> Shown(int page, int pages)
    {
        int? previous = null;
        for (int p = 1; p <= pages; p++)
        {
            if (p == 1 || p == pages || Math.Abs(p - page) <= Window)
            {
                if (previous is { } last && p - last > 1)
                {
                    yield return null;
                }
                yield return p;
                previous = p;
            }
            else if (p < page - Window)
            {
                p = page - Window - 1;
            }
            else
            {
                p = pages - 1;
            }
        }
    }
}
