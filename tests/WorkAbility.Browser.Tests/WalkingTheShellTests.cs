using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// The journey through what is built so far, in a real browser: the home page in Finnish and
/// Swedish, the demo sign-in with the keyboard only, the signed-in home page, the accessibility
/// statement and the not-found page — each scanned with axe and photographed.
/// </summary>
public sealed class WalkingTheShellTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task Shell_InFinnishAndSwedish_IsAccessible_AndSpeaksTheChosenLanguage()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();
        Checks.Watch(page, "shell");

        foreach (var (culture, lang, heading) in new[] { ("fi-FI", "fi", "Työkyvyn tuki"), ("sv-FI", "sv", "Stöd för arbetsförmåga") })
        {
            await page.GotoAsync($"/culture/{culture}?returnUrl=%2F");
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(heading, await page.InnerTextAsync("h1"));
            await Checks.Check(page, $"01-home-{lang}");

            await page.GotoAsync("/sign-in");
            await Checks.Check(page, $"02-sign-in-{lang}");

            await page.GotoAsync("/saavutettavuus");
            Assert.Contains("mailto:", await page.InnerHTMLAsync("main"), StringComparison.Ordinal);
            await Checks.Check(page, $"03-accessibility-statement-{lang}");

            Checks.ExpectingNotFound = true;
            var missing = await page.GotoAsync("/ei-ole");
            Assert.Equal(404, missing!.Status);
            await Checks.Check(page, $"04-not-found-{lang}");
            Checks.ExpectingNotFound = false;
        }

        AssertNoProblems();
        Assert.Equal(8, Checks.PagesScanned);
    }

    [Fact]
    public async Task SignIn_WithTheKeyboardOnly_ShowsWhoIsSignedIn_AndSignOutEndsIt()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();
        Checks.Watch(page, "sign-in");
        await page.GotoAsync("/");

        // The skip link is the first focusable element, shows when focused, and Enter moves focus to the content.
        Assert.True(await page.EvaluateAsync<bool>(
            "document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').classList.contains('skip-link')"));
        await page.Locator("a.skip-link").FocusAsync();
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        // Tab to the header's sign-in link and follow it.
        await TabUntil(page, "document.activeElement.getAttribute('href') === '/sign-in'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/sign-in");

        // Tab to Hanna Hoitaja's button and press it with Enter.
        await TabUntil(page, "document.activeElement.getAttribute('aria-label') === 'Kirjaudu käyttäjänä Hanna Hoitaja'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(App.BaseUrl + "/");
        Assert.Contains("Hanna Hoitaja", await page.InnerTextAsync(".user-badge"), StringComparison.Ordinal);
        await Checks.Check(page, "05-home-signed-in-fi");

        // Sign out with the keyboard too (Space on the button).
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Kirjaudu ulos'");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForSelectorAsync("text=Et ole kirjautunut");

        AssertNoProblems();
    }

}
