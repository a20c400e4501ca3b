namespace WorkAbility.Browser.Tests;

/// <summary>
/// The decision-makers' view in a real browser: the manager and the county decision-maker open the
/// statistics in Finnish and Swedish, filter them, and every page passes axe and is photographed.
/// </summary>
public sealed class DecisionMakersJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task ManagerAndDecisionMaker_SeeChartsAndTables_InFinnishAndSwedish()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, "Päivi Päättäjä");
        Checks.Watch(page, "statistics");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Tilastot", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tilastot");
        await page.WaitForSelectorAsync("h1:text('Tilastot ja tietojohtaminen')");
        Assert.Equal("Tilastot ja tietojohtaminen", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator("svg.stat-chart").CountAsync() >= 10, "charts are drawn");
        Assert.True(await page.Locator("table.stat-table").CountAsync() >= 10, "each chart has its table");
        await Checks.Check(page, "01-county-fi");
        // F41: how each provider answers its referrals, per provider organisation, in the same view.
        var providers = await page.InnerTextAsync("[data-figure=providers]");
        Assert.Contains("Miten palveluntuottajat vastaavat lähetteisiin", providers, StringComparison.Ordinal);
        Assert.Contains("Demo-alueen työllisyyspalvelut", providers, StringComparison.Ordinal);
        Assert.Matches(@"\d+ arkipäivää", providers);

        await page.SelectOptionAsync("#path", "Unemployed");
        await page.ClickAsync(".stat-filters button[type=submit]");
        await page.WaitForURLAsync("**path=Unemployed**");
        await page.WaitForSelectorAsync("#path option[value=Unemployed][selected]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Checks.Check(page, "02-county-unemployed-fi");

        await page.GotoAsync("/culture/sv-FI?returnUrl=%2Ftilastot");
        Assert.Equal("Statistik och kunskapsbaserad ledning", await page.InnerTextAsync("h1"));
        await Checks.Check(page, "03-county-sv");

        await using var managerContext = await NewContext();
        var manager = await SignIn(managerContext, "Johanna Johtaja");
        Checks.Watch(manager, "statistics-manager");
        await manager.GotoAsync("/tilastot");
        Assert.Equal(0, await manager.Locator("#organisation").CountAsync());
        await Checks.Check(manager, "04-organisation-fi");

        AssertNoProblems();
    }
}
