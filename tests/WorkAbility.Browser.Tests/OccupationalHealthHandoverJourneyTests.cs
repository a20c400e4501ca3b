using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// F25, F26 in the browser: Helmi's occupational health nurse records the end of her employment and
/// hands her over to the county's work ability coordinator with a work ability summary; the
/// coordinator finds the handover on the desk, reads the summary and receives it.
/// </summary>
public sealed class OccupationalHealthHandoverJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task OccupationalHealth_EndsEmployment_AndTheCoordinatorReceivesTheSummaryOnTheDesk()
    {
        await using (var ohContext = await NewContext())
        {
            var page = await SignIn(ohContext, "Terhi Työterveys");
            await page.GotoAsync("/asiakkaat?haku=Hitsaaja");
            await page.GetByRole(AriaRole.Link, new() { Name = "Hitsaaja, Helmi" }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Helmi Hitsaaja')");
            Assert.Contains("Työterveys Demo Oy", await page.InnerTextAsync("main"), StringComparison.Ordinal);   // OH holds overall responsibility
            await page.GetByRole(AriaRole.Link, new() { Name = "Työterveys", Exact = true }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Työterveys')");
            Assert.Contains("kevennetty työ", await page.InnerTextAsync("main"), StringComparison.Ordinal);     // the early support discussion
            await Checks.Check(page, "40-helmi-oh-fi");

            // F34: the work ability negotiation – the three parties named, a measure and a date agreed (the demo's earlier one is listed).
            Assert.Contains("Hitsaus vain istuen", await page.InnerTextAsync("section:has(#negotiations)"), StringComparison.Ordinal);
            var helsinkiToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
            await page.GetByLabel("Neuvottelun päivä").FillAsync(helsinkiToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByLabel("Nimi (1)", new() { Exact = true }).FillAsync("Helmi Hitsaaja");
            await page.GetByLabel("Nimi (2)", new() { Exact = true }).FillAsync("Veli Valimo");
            await page.Locator("#measure-WorkTrial").CheckAsync();
            await page.Locator("#agreement").FillAsync("Työkokeilu varastotehtävissä kuukauden ajan.");
            await page.Locator("#negotiationFollowUpOn").FillAsync(helsinkiToday.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna neuvottelu" }).ClickAsync();
            // The occupational health professional is missing: refused, what was typed kept.
            await page.WaitForSelectorAsync("#error-summary");
            Assert.Equal("Veli Valimo", await page.GetByLabel("Nimi (2)", new() { Exact = true }).InputValueAsync());
            Assert.True(await page.Locator("#measure-WorkTrial").IsCheckedAsync());
            await page.GetByLabel("Nimi (3)", new() { Exact = true }).FillAsync("Tuomas Työterveys");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna neuvottelu" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Työterveysneuvottelu tallennettu");
            Assert.Contains("Työkokeilu varastotehtävissä", await page.InnerTextAsync("section:has(#negotiations)"), StringComparison.Ordinal);
            Assert.Contains("Sari Koordinaattori", await page.InnerTextAsync("section:has(#handover)"), StringComparison.Ordinal);   // whom to call
            await Checks.Check(page, "40b-helmi-negotiation-fi");

            // Without the summary the handover is refused and what was typed stays.
            await page.GetByLabel("Työsuhde on päättynyt").CheckAsync();
            await page.GetByLabel("Työsuhde päättyi", new() { Exact = true }).FillAsync(DateTime.Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByLabel("Vastaanottaja").SelectOptionAsync(new SelectOptionValue { Label = "Esikylän sote-keskus" });
            await page.Locator("#sickLeave").FillAsync("2026: 64 pv selkäkipu; 2025: 21 pv");
            await page.GetByRole(AriaRole.Button, new() { Name = "Siirrä asiakas" }).ClickAsync();
            await page.WaitForSelectorAsync("#error-summary");
            Assert.Equal("2026: 64 pv selkäkipu; 2025: 21 pv", await page.Locator("#sickLeave").InputValueAsync());
            await Checks.Check(page, "41-helmi-handover-errors-fi");

            await page.Locator("#summary").FillAsync("Selkävaiva estää hitsaustyön; kevennetty työ ei onnistunut. Tarvitsee uudelleenkoulutuksen arviota.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Siirrä asiakas" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Asiakas siirretty");
            Assert.Contains("Ei vielä vastaanotettu", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            await Checks.Check(page, "42-helmi-handed-over-fi");
        }

        await using var coordinatorContext = await NewContext();
        var desk = await SignIn(coordinatorContext, "Sari Koordinaattori");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Työpöytä" }).ClickAsync();
        await desk.WaitForSelectorAsync("h1:has-text('Työpöytä')");
        await Checks.Check(desk, "43-desk-with-oh-handover-fi");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Siirretty työterveydestä – katso yhteenveto" }).ClickAsync();
        await desk.WaitForSelectorAsync("h2:has-text('Työterveyden siirto ja työkyky-yhteenveto')");
        var summary = await desk.InnerTextAsync("main");
        foreach (var expected in new[] { "Helmi Hitsaaja", "Työsuhde on päättynyt", "Selkävaiva estää hitsaustyön", "2026: 64 pv selkäkipu", "Työterveys Demo Oy" })
        {
            Assert.Contains(expected, summary, StringComparison.Ordinal);
        }
        await Checks.Check(desk, "44-helmi-summary-fi");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Vastaanota siirto" }).ClickAsync();
        await desk.WaitForSelectorAsync("text=Siirto vastaanotettu");
        Assert.Contains("Sari Koordinaattori", await desk.InnerTextAsync("main"), StringComparison.Ordinal);
        var clientPath = new Uri(desk.Url).AbsolutePath;
        await desk.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(clientPath)}");
        await desk.WaitForSelectorAsync("h1:has-text('Företagshälsovård')");
        await Checks.Check(desk, "44-helmi-summary-sv");
        await desk.GotoAsync($"/culture/fi-FI?returnUrl={Uri.EscapeDataString(clientPath)}");
        Assert.Matches(new Regex("Helmi Hitsaaja"), await desk.InnerTextAsync("main"));
        AssertNoProblems();
    }
}
