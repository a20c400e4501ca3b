using WorkAbility.Web.Components.Shared;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>A caseload of thousands of pages gets a short row of page links.</summary>
public class LinkingPagesTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 4, "1 2 3 4")]
    [InlineData(1, 475, "1 2 3 … 475")]
    [InlineData(200, 475, "1 … 198 199 200 201 202 … 475")]
    [InlineData(475, 475, "1 … 473 474 475")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    public void FirstLastAndAWindow(int page, int pages, string expected) =>
        Assert.Equal(expected, string.Join(" ", PageLinks.Shown(page, pages).Select(p => p?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
}
