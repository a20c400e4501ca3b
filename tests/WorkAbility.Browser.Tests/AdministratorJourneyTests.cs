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

        // The users and settings the home page promises (in Swedish now, then Finnish).
        await admin.GetByRole(AriaRole.Link, new() { Name = "Användare och roller" }).First.ClickAsync();
        await admin.WaitForSelectorAsync("h1:text-is('Användare och roller')");
        Assert.True(await admin.Locator("table tbody tr").CountAsync() >= 10, "the demo directory's users are listed");
        await Checks.Check(admin, "62-users-sv");
        await admin.GotoAsync($"/culture/fi-FI?returnUrl={Uri.EscapeDataString("/yllapito/kayttajat")}");
        await admin.WaitForSelectorAsync("h1:text-is('Käyttäjät ja roolit')");
        await admin.SelectOptionAsync("#role", "Coordinator");
        await admin.ClickAsync("main form button[type=submit]");
        await admin.WaitForURLAsync("**rooli=Coordinator**");
        Assert.Contains("Koordinaattori, Sari", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(admin, "63-users-coordinators-fi");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Asetukset" }).First.ClickAsync();
        await admin.WaitForSelectorAsync("h1:text-is('Asetukset')");
        Assert.Contains("Esittelykirjautuminen", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(admin, "64-settings-fi");
        // Kanta archiving is off in the demo, and the page says so rather than showing an empty queue as healthy.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Kanta-arkistointi" }).First.ClickAsync();
        await admin.WaitForSelectorAsync("h1:text-is('Kanta-arkistointi')");
        Assert.Contains("Ei käytössä", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(admin, "65-kanta-fi");

        AssertNoProblems();
    }
}
