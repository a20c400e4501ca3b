namespace WorkAbility.Web.Features.Shared;

/// <summary>Which page of a list counted in SQL is shown: the asked page kept within 1..Pages, and how many rows come before it.</summary>
public sealed record Paging(int Page, int Pages, int Skip)
{
    public static Paging Of(int total, int page, int pageSize)
    {
        int pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        int shown = Math.Clamp(page, 1, pages);
        return new Paging(shown, pages, (shown - 1) * pageSize);
    }
}
