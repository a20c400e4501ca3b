using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// The administrator checks the access log's integrity from the menu and reads the result in words
/// (not raw JSON), in Finnish and Swedish, accessibly.
/// </summary>
public sealed class AdministratorJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task Administrator_ChecksTheAccessLog_AndReadsTheResultInWords()
    {
        // Someone reads client data first, so the log has entries to check.
        await using (var reading = await NewContext())
        {
            var page = await SignIn(reading, "Hanna Hoitaja");
            await page.GotoAsync("/asiakkaat?haku=Mallikas");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mallikas" }).First.ClickAsync();
            await page.WaitForSelectorAsync("h1");
        }

        await using var context = await NewContext();
        var admin = await SignIn(context, "Pekka Pääkäyttäjä");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Käyttöloki" }).ClickAsync();
        await admin.WaitForSelectorAsync("h1:has-text('Käyttölokin eheys')");
        var text = await admin.InnerTextAsync("main");
        Assert.Contains("Käyttöloki on ehjä.", text, StringComparison.Ordinal);
        Assert.Contains("Avaimella ketjutettu loki", text, StringComparison.Ordinal);
        await Checks.Check(admin, "60-access-log-fi");
        await admin.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString("/kayttoloki")}");
        await admin.WaitForSelectorAsync("text=Loggen är intakt.");
        await Checks.Check(admin, "61-access-log-sv");

        AssertNoProblems();
    }
}
