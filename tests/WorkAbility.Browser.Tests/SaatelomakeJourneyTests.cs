using System.Globalization;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// F31 in the browser: a youth worker sends a person she met to the work ability coordinator with the
/// saatelomake — first without the consent, which is refused with what she typed kept — and the
/// coordinator finds it on the desk, sees nobody in the county matches, registers the person and takes
/// them on. The youth worker then sees "taken on" and nothing more: the client's page is not hers.
/// </summary>
public sealed class SaatelomakeJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task AYouthWorker_SendsAPerson_TheCoordinatorRegistersAndTakesThemOn_TheSenderSeesOnlyThat()
    {
        string referralPath;
        await using (var youthContext = await NewContext())
        {
            var page = await SignIn(youthContext, "Nelli Nuorisotyö");
            await page.GetByRole(AriaRole.Link, new() { Name = "Saatelomakkeet" }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Saatelomakkeet')");
            Assert.Contains("Joona Nuorimies", await page.InnerTextAsync("main"), StringComparison.Ordinal);   // the demo's earlier form, still waiting
            await Checks.Check(page, "50-youth-worker-list-fi");
            await page.GetByRole(AriaRole.Link, new() { Name = "Uusi saatelomake" }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Ohjaa työkykykoordinaattorille')");

            await page.GetByLabel("Etunimi").FillAsync("Aatu");
            await page.GetByLabel("Sukunimi").FillAsync("Ajelehtija");
            await page.GetByLabel("Syntymäaika").FillAsync("2006-04-12");
            await page.GetByLabel("Puhelin").FillAsync("040 000 0999");
            await page.GetByLabel("Kotikunta").SelectOptionAsync("Esikylä");
            await page.GetByLabel("Huoli työkyvystä lähettäjän sanoin").FillAsync("Ammattikoulu jäi kesken, ei päivärytmiä; kaipaa tekemistä.");
            await page.GetByLabel("Henkilön omin sanoin").FillAsync("Haluaisin töihin, mutta en tiedä mistä aloittaa.");
            await page.GetByLabel("Palvelun laji (1)").SelectOptionAsync(new SelectOptionValue { Label = "Järjestö tai seurakunta" });
            await page.GetByLabel("Organisaatio tai palveluntuottaja (1)").FillAsync("Esikylän nuorisotyö");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä työkykykoordinaattorille" }).ClickAsync();

            // No consent chosen: refused in the model's own words, nothing typed lost.
            await page.WaitForSelectorAsync("#error-summary");
            Assert.Contains("suostumus", await page.InnerTextAsync("#error-summary"), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("Ajelehtija", await page.GetByLabel("Sukunimi").InputValueAsync());
            await Checks.Check(page, "51-saatelomake-errors-fi");

            await page.GetByLabel("Suostumuksen muoto").SelectOptionAsync("Oral");
            await page.GetByLabel("Kuka kuuli suullisen suostumuksen").FillAsync("Nelli Nuorisotyö");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä työkykykoordinaattorille" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Saatelomake lähetetty");
            Assert.Contains("Lähetetty", await page.InnerTextAsync("ol.path-steps li[aria-current=step]"), StringComparison.Ordinal);
            referralPath = new Uri(page.Url).AbsolutePath;
            await Checks.Check(page, "52-saatelomake-sent-fi");
        }

        await using (var coordinatorContext = await NewContext())
        {
            var desk = await SignIn(coordinatorContext, "Sari Koordinaattori");
            await desk.GetByRole(AriaRole.Link, new() { Name = "Työpöytä" }).ClickAsync();
            await desk.WaitForSelectorAsync("h2:has-text('Saatelomakkeet odottavat')");
            await Checks.Check(desk, "53-desk-with-saatelomake-fi");
            await desk.GetByRole(AriaRole.Link, new() { Name = "Ajelehtija, Aatu" }).ClickAsync();
            await desk.WaitForSelectorAsync("h2:has-text('Onko henkilö jo asiakas?')");
            var form = await desk.InnerTextAsync("main");
            foreach (var expected in new[] { "Ammattikoulu jäi kesken", "Haluaisin töihin", "Suullinen suostumus", "Nelli Nuorisotyö", "Esikylän nuorisotyö" })
            {
                Assert.Contains(expected, form, StringComparison.Ordinal);
            }
            Assert.Contains("ei ole asiakasta", form, StringComparison.Ordinal);
            await Checks.Check(desk, "54-saatelomake-coordinator-fi");

            // The registration starts from the form; the coordinator adds the identity code she got from the person.
            Assert.Equal("Ajelehtija", await desk.Locator("#reg-last").InputValueAsync());
            await desk.Locator("#reg-code").FillAsync("120406A913Y");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Rekisteröi ja ota asiakkaaksi" }).ClickAsync();
            await desk.WaitForSelectorAsync("h1:has-text('Aatu Ajelehtija')");
            Assert.Contains("Saatelomake", await desk.InnerTextAsync("main"), StringComparison.Ordinal);     // the contact channel on the timeline
            await Checks.Check(desk, "55-new-client-from-saatelomake-fi");
        }

        await using var senderAgain = await NewContext();
        var sender = await SignIn(senderAgain, "Nelli Nuorisotyö");
        await sender.GotoAsync(referralPath);
        await sender.WaitForSelectorAsync("ol.path-steps");
        Assert.Contains("Otettu asiakkaaksi", await sender.InnerTextAsync("ol.path-steps li[aria-current=step]"), StringComparison.Ordinal);
        var seen = await sender.InnerTextAsync("main");
        Assert.DoesNotContain("Ammattikoulu jäi kesken", seen, StringComparison.Ordinal);     // not even her own words come back with the county's answer
        Assert.DoesNotContain("120406A913Y", seen, StringComparison.Ordinal);
        Assert.Equal(0, await sender.Locator("main a[href^='/asiakkaat/']").CountAsync());
        await Checks.Check(sender, "56-saatelomake-taken-on-sender-fi");
        await sender.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(referralPath)}");
        await sender.WaitForSelectorAsync("h1:has-text('Följeblankett')");
        await Checks.Check(sender, "56-saatelomake-taken-on-sender-sv");
        AssertNoProblems();
    }
}
