using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// F4 in the browser: a youth worker consults the coordinators without client data (an identity
/// code in the text is refused and the text is kept), a coordinator answers from the inbox, and the
/// asker reads the answer.
/// </summary>
public sealed class AnonymousConsultationJourneyTests(Chromium chromium) : JourneyTest(chromium)
{

    [Fact]
    public async Task YouthWorker_ConsultsWithoutClientData_CoordinatorAnswers()
    {
        await using (var asking = await NewContext())
        {
            var page = await SignIn(asking, "Nelli Nuorisotyö");
            await page.GetByRole(AriaRole.Link, new() { Name = "Konsultaatiot" }).ClickAsync();
            await page.WaitForSelectorAsync("h1:has-text('Konsultaatiot')");
            await page.GetByLabel("Aihe").FillAsync("Nuori, keskeyttänyt opinnot");
            await page.GetByLabel("Kysymys").FillAsync("Koskee nuorta 010105A0091. Mikä on riittävä tuki?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä koordinaattoreille" }).ClickAsync();
            await page.WaitForSelectorAsync("div.validation-message");
            Assert.Contains("näyttää henkilötunnukselta", await page.InnerTextAsync("div.validation-message"), StringComparison.Ordinal);
            Assert.Equal("Nuori, keskeyttänyt opinnot", await page.GetByLabel("Aihe").InputValueAsync());
            await Checks.Check(page, "20-consultation-refused-fi");

            await page.GetByLabel("Kysymys").FillAsync("Noin 20-vuotias, ei opiskelu- tai työpaikkaa, mieliala matala. Mikä on riittävä tuki?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä koordinaattoreille" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Konsultaatio lähetetty.");
            await Checks.Check(page, "21-consultation-sent-fi");
        }

        await using (var answering = await NewContext())
        {
            var page = await SignIn(answering, "Sari Koordinaattori");
            await page.GotoAsync("/konsultaatiot");
            Assert.Contains("Saapuneet konsultaatiot", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = "Nuori, keskeyttänyt opinnot" }).ClickAsync();
            await page.GetByLabel("Vastauksesi").FillAsync("Ohjaa alkupalveluun ja kysy nuorelta lupa yhteistyöhön; harkitse TYP-arviota.");
            await Checks.Check(page, "22-consultation-answer-form-fi");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
            await page.WaitForSelectorAsync("text=harkitse TYP-arviota");
        }

        await using (var reading = await NewContext())
        {
            var page = await SignIn(reading, "Nelli Nuorisotyö");
            await page.GotoAsync("/konsultaatiot");
            Assert.Contains("Vastattu", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = "Nuori, keskeyttänyt opinnot" }).ClickAsync();
            await page.WaitForSelectorAsync("text=harkitse TYP-arviota");
            await Checks.Check(page, "23-consultation-answer-read-fi");
            await page.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(new Uri(page.Url).AbsolutePath)}");
            await Checks.Check(page, "23-consultation-answer-read-sv");
        }

        AssertNoProblems();
    }
}
