using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// A case manager's first hour in the demo county, in a real browser at a desk (1280 px) and on a
/// phone (390 px): the worklist shows each client's path, the client page its steps and timeline,
/// then the team, the consent, the plan and the notices. On the phone the menu folds behind one
/// button, and no control of any page lies off-screen or inside a sideways-scrolling box. Every page
/// passes axe in Finnish and Swedish and is photographed.
/// </summary>
public sealed class ProfessionalsFirstHourJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    /// <summary>Controls whose right edge lies beyond the viewport, directly or hidden in a horizontally scrolled box.</summary>
    private const string ControlsOffScreen = """
        () => [...document.querySelectorAll('main a, main button, main input, main select, main textarea, header a, header button')]
            .filter(e => e.offsetParent !== null && e.type !== 'hidden')
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => (e.id || e.name || e.textContent || e.tagName).trim().slice(0, 40))
        """;

    private async Task CheckBothWidths(IPage page, string step)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await Checks.Check(page, $"first-hour-{step}-1280");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, $"first-hour-{step}-390");
        var off = await page.EvaluateAsync<string[]>(ControlsOffScreen);
        Assert.True(off.Length == 0, $"{step} at 390 px: controls off-screen: {string.Join(", ", off)}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{step} at 390 px scrolls sideways");
        await page.SetViewportSizeAsync(1280, 900);
    }

    [Fact]
    public async Task ACaseManager_ReadsTheWorklist_TheClientsPath_Team_Consent_Plan_AndNotices_OnADeskAndOnAPhone()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, "Hanna Hoitaja");

        // The worklist: each row shows where the client is on the path, with the step's date and the next step.
        await page.GotoAsync("/tyolista");
        await page.WaitForSelectorAsync("h1");
        Assert.True(await page.Locator("table tbody tr").CountAsync() >= 1, "the demo case manager has clients on her worklist");
        Assert.Contains("Vaihe ", await page.InnerTextAsync("table tbody tr >> nth=0"), StringComparison.Ordinal);
        Assert.Contains("Seuraavaksi:", await page.InnerTextAsync("table tbody tr >> nth=0"), StringComparison.Ordinal);
        await CheckBothWidths(page, "01-worklist");

        // On the phone the main menu folds behind one button that says whether it is open.
        await page.SetViewportSizeAsync(390, 844);
        var toggle = page.Locator("button.menu-toggle");
        Assert.True(await toggle.IsVisibleAsync(), "a menu button at 390 px");
        Assert.False(await page.Locator("nav.app-nav ul").IsVisibleAsync(), "the menu is folded at 390 px");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        await page.Locator("nav.app-nav").GetByRole(AriaRole.Link, new() { Name = "Ilmoitukset" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text-is('Ilmoitukset')");
        await CheckBothWidths(page, "02-notices");
        await page.SetViewportSizeAsync(1280, 900);
        Assert.False(await toggle.IsVisibleAsync(), "no menu button on a desk");

        // The client at the top of the worklist: the path as steps, the timeline as readable entries.
        await page.GotoAsync("/tyolista");
        var followUp = await page.Locator("table tbody tr >> nth=0").Locator("a").First.GetAttributeAsync("href");
        Assert.NotNull(followUp);
        var client = followUp[..followUp.LastIndexOf('/')];
        await page.GotoAsync(client);
        await page.WaitForSelectorAsync("ol.path-steps");
        Assert.Equal(1, await page.Locator("ol.path-steps li[aria-current=step]").CountAsync());
        Assert.True(await page.Locator("ol.timeline li").CountAsync() >= 3, "the case has a history");
        await CheckBothWidths(page, "03-client");

        foreach (var (path, step) in new[] { ("/tiimi", "04-team"), ("/suostumus", "05-consent"), ("/suunnitelma", "06-plan") })
        {
            await page.GotoAsync(client + path);
            await page.WaitForSelectorAsync("h1");
            await CheckBothWidths(page, step);
        }

        // The same pages in Swedish.
        await page.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString("/tyolista")}");
        await page.WaitForSelectorAsync("h1:text-is('Mina klienter')");
        await Checks.Check(page, "first-hour-sv-worklist");
        foreach (var (path, step) in new[] { ("", "client"), ("/tiimi", "team"), ("/suostumus", "consent"), ("/suunnitelma", "plan") })
        {
            await page.GotoAsync(client + path);
            await page.WaitForSelectorAsync("h1");
            await Checks.Check(page, $"first-hour-sv-{step}");
        }
        await page.GotoAsync("/ilmoitukset");
        await page.WaitForSelectorAsync("h1");
        await Checks.Check(page, "first-hour-sv-notices");
        AssertNoProblems();
    }

    [Fact]
    public async Task TheCoordinatorsDesk_AndAProvidersReferralInbox_FitAPhone()
    {
        await using var coordinatorContext = await NewContext();
        var sari = await SignIn(coordinatorContext, "Sari Koordinaattori");
        await sari.GotoAsync("/tyopoyta");
        await sari.WaitForSelectorAsync("h1");
        await CheckBothWidths(sari, "07-desk");

        await using var providerContext = await NewContext();
        var veera = await SignIn(providerContext, "Veera Valmentaja");
        await veera.GotoAsync("/lahetteet");
        await veera.WaitForSelectorAsync("h1");
        Assert.True(await veera.Locator("table tbody tr").CountAsync() >= 1, "the demo provider has referrals waiting");
        await CheckBothWidths(veera, "08-referral-inbox");
        AssertNoProblems();
    }
}
