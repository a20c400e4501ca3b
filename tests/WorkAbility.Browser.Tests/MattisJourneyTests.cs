using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// Matti's path (seed 000), step by step, each as the right demo user, as far as the product goes
/// today: the sote-centre contact about a prolonged flu → the indicators alert → the concern is
/// raised with Matti and recorded on his case. Every page is scanned with axe (fi and sv) and
/// photographed.
/// </summary>
public sealed class MattisJourneyTests(Chromium chromium) : JourneyTest(chromium)
{


    [Fact]
    public async Task Matti_ContactsTheSoteCentre_AboutAProlongedFlu_AndTheIndicatorsAlert()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, "Hanna Hoitaja");

        // 1. The nurse at the sote-centre finds Matti.
        await page.GetByRole(AriaRole.Link, new() { Name = "Asiakkaat", Exact = true }).ClickAsync();
        await page.GetByLabel("Hae nimellä tai henkilötunnuksella").FillAsync("Matti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae" }).ClickAsync();
        await page.WaitForURLAsync("**/asiakkaat?haku=Matti");
        await Checks.Check(page, "10-matti-search-fi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mallikas, Matti" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Matti Mallikas')");
        Assert.Contains("Palveluun hakeutuminen", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(page, "11-matti-client-page-fi");

        // 2. The contact: Matti is unemployed and calls about a prolonged flu; the nurse raises work ability.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa yhteydenotto tai huoli" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Kirjaa yhteydenotto tai huoli')");

        // Guidance in place (F29): the stage's roles, risks and further reading open from a panel.
        await page.GetByText("Roolit, riskit ja lisätietoa vaiheessa").ClickAsync();
        var guidance = await page.InnerTextAsync("aside.guidance");
        Assert.Contains("ei osaa tunnistaa työkyvyn tuen tarvetta", guidance, StringComparison.Ordinal);
        Assert.Contains("Terveyskylä", guidance, StringComparison.Ordinal);
        await Checks.Check(page, "12-matti-contact-form-fi");

        // Keyboard only from here (Tab, typing, Space, Enter). Saving without the required answers
        // keeps what was typed and names what is missing.
        await TabUntil(page, "document.activeElement.id === 'description'");
        await page.Keyboard.TypeAsync("Pitkittynyt flunssa, kolmas käynti tänä vuonna.");
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Tallenna'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("div.validation-message");
        Assert.Equal(2, await page.Locator("div.validation-message", new() { HasText = "Pakollinen tieto puuttuu." }).CountAsync());
        Assert.Equal("Pitkittynyt flunssa, kolmas käynti tänä vuonna.", await page.GetByLabel("Kuvaus").InputValueAsync());
        await Checks.Check(page, "13-matti-contact-form-errors-fi");

        await TabUntil(page, "document.activeElement.id === 'channel'");
        await page.Keyboard.TypeAsync("Puhelu");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Asiakas");
        await TabUntil(page, "document.activeElement.id === 'raised'");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Tarvitsen asiantuntijoiden apua, omat voimavarat eivät yksin riitä.");
        await TabUntil(page, "document.activeElement.id === 'employmentStatus'");
        await page.Keyboard.TypeAsync("Työtön");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("pitkittynyt flunssa");
        await TabUntil(page, "document.activeElement.id === 'visits'");
        await page.Keyboard.TypeAsync("3");
        Assert.Equal("Phone", await page.EvalOnSelectorAsync<string>("#channel", "e => e.value"));
        Assert.Equal("Client", await page.EvalOnSelectorAsync<string>("#source", "e => e.value"));
        Assert.Equal("unemployed", await page.EvalOnSelectorAsync<string>("#employmentStatus", "e => e.value"));
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Tallenna'");
        await page.Keyboard.PressAsync("Enter");

        // 3. The indicators alert, with the reason and the next step.
        await page.WaitForSelectorAsync("#screening-alerts");
        var alerts = await page.InnerTextAsync(".notice-alert");
        Assert.Contains("Työtön asiakas hakeutuu terveyssyystä", alerts, StringComparison.Ordinal);
        Assert.Contains("alkupalveluun", alerts, StringComparison.Ordinal);
        await Checks.Check(page, "14-matti-indicators-alert-fi");

        // 4. The concern and Matti's own words are on his case's timeline.
        await page.GetByRole(AriaRole.Link, new() { Name = "Palaa asiakkaan tietoihin" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Matti Mallikas')");
        var main = await page.InnerTextAsync("main");
        Assert.Contains("omat voimavarat eivät yksin riitä", main, StringComparison.Ordinal);
        Assert.Contains("Huoli tai yhteydenotto kirjattu", main, StringComparison.Ordinal);
        await Checks.Check(page, "15-matti-case-timeline-fi");

        // 5. The need assessment: "what is enough support?" – a work ability support team; TYP is recognised.
        await page.GetByRole(AriaRole.Link, new() { Name = "Arvioi tuen tarve" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Arvioi tuen tarve')");
        await Checks.Check(page, "16-matti-need-assessment-form-fi");
        // Keyboard only: typing, Tab between fields, Space and arrow keys in the radio groups.
        await TabUntil(page, "document.activeElement.id === 'clientView'");
        await page.Keyboard.TypeAsync("Tarvitsen asiantuntijoiden apua, omat voimavarat eivät yksin riitä.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Pitkittyneet infektiot ja uupumus, työttömyys jatkunut yli vuoden.");
        await TabUntil(page, "document.activeElement.id === 'score'");
        await page.Keyboard.TypeAsync("4");
        await TabUntil(page, "document.activeElement.id === 'months'");
        await page.Keyboard.TypeAsync("14");
        // Each yes/no/unknown group starts at "unknown"; two steps back is "yes".
        await TabUntil(page, "document.activeElement.name === 'Model.NeedsEmploymentServices'");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.IsCheckedAsync("#NeedsEmploymentServices-true"));
        Assert.True(await page.IsCheckedAsync("#NeedsSocialOrHealthServices-true"));
        await TabUntil(page, "document.activeElement.id === 'level-SelfCareWithGuidance'");
        await page.Keyboard.PressAsync("Space");
        for (int i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");                // … down to the work ability support team
        }
        Assert.True(await page.IsCheckedAsync("#level-WorkAbilitySupportTeam"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Tarvitaan sote-, työllisyys- ja Kelan palveluja yhdessä.");
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Tallenna arvio'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#typ-result");
        var saved = await page.InnerTextAsync("main");
        Assert.Contains("Koordinaattorin arvio", saved, StringComparison.Ordinal);
        Assert.Contains("kuuluu todennäköisesti TYP-palvelun piiriin", saved, StringComparison.Ordinal);
        await Checks.Check(page, "17-matti-level-of-support-and-typ-fi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Palaa asiakkaan tietoihin" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Matti Mallikas')");

        // 5b. Matti's own assessment of his work ability, filled with him – keyboard only.
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/itsearvio");
        await page.WaitForSelectorAsync("h1:has-text('Oma arvio työkyvystä')");
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Tallenna arvio'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[role=alert]");
        Assert.Equal(7, await page.Locator("div.validation-message", new() { HasText = "Vastaa tähän kysymykseen." }).CountAsync());
        await Checks.Check(page, "16b-matti-self-assessment-errors-fi");
        await TabUntil(page, "document.activeElement.id === 'q-was'");
        await page.Keyboard.TypeAsync("4");
        foreach (var steps in new[] { 2, 1, 1, 2, 3 })
        {
            await page.Keyboard.PressAsync("Tab");   // into the next question's radio group
            await page.Keyboard.PressAsync("Space"); // choose 1 …
            for (int i = 0; i < steps; i++)
            {
                await page.Keyboard.PressAsync("ArrowRight"); // … and move up the scale
            }
        }
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight"); // not working
        await TabUntil(page, "document.activeElement.id === 'q-own-words'");
        await page.Keyboard.TypeAsync("Haluan takaisin töihin, kunhan jaksan.");
        await TabUntil(page, "document.activeElement.textContent.trim() === 'Tallenna arvio'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("text=Arvio tallennettu.");
        var row = await page.InnerTextAsync("section:has(#history) tbody tr");
        Assert.Contains("4", row, StringComparison.Ordinal);
        Assert.Contains("14", row, StringComparison.Ordinal); // 3 + 2 + 2 + 3 + 4
        await Checks.Check(page, "16c-matti-self-assessment-saved-fi");

        // 5c. Matti filled Kykyviisari in Omaolo; the nurse records the result beside his own assessments.
        await page.GetByText("Kirjaa Kykyviisarin tulos").ClickAsync();
        await page.GetByLabel("Täyttöpäivä").FillAsync("2026-11-20");
        await page.GetByLabel("Toimintakyky kokonaisuutena").FillAsync("5,5");
        await page.GetByLabel("Omat voimavarat").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tulos" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Kykyviisarin tulos tallennettu.");
        Assert.Contains("5,5", await page.InnerTextAsync("section:has(#kykyviisari) table"), StringComparison.Ordinal);
        await Checks.Check(page, "16d-matti-kykyviisari-fi");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath.Replace("/itsearvio", "", StringComparison.Ordinal));

        // The same pages in Swedish.
        var url = page.Url;
        await page.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(new Uri(url).AbsolutePath)}");
        await Checks.Check(page, "15-matti-case-timeline-sv");
        await page.GotoAsync(new Uri(url).AbsolutePath + "/huoli");
        await Checks.Check(page, "12-matti-contact-form-sv");

        // 6. The coordinator's desk: Matti waits for a coordinator; Sari takes him on (keyboard only).
        await using var coordinatorContext = await NewContext();
        var desk = await SignIn(coordinatorContext, "Sari Koordinaattori");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Työpöytä" }).ClickAsync();
        await desk.WaitForSelectorAsync("h1:has-text('Työkykykoordinaattorin työpöytä')");
        Assert.Contains("Mallikas, Matti", await desk.InnerTextAsync("section:has(#waiting)"), StringComparison.Ordinal);
        await Checks.Check(desk, "18-coordinator-desk-fi");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Ota asiakkaaksi: Mallikas, Matti" }).FocusAsync();
        await desk.Keyboard.PressAsync("Enter");
        await desk.WaitForSelectorAsync("text=Olet nyt työkykykoordinaattori asiakkaalle Matti Mallikas.");
        Assert.Contains("Mallikas, Matti", await desk.InnerTextAsync("section:has(#caseload)"), StringComparison.Ordinal);
        await Checks.Check(desk, "19-coordinator-caseload-fi");
        await desk.GotoAsync("/culture/sv-FI?returnUrl=%2Ftyopoyta");
        await Checks.Check(desk, "19-coordinator-caseload-sv");
        await desk.GotoAsync("/culture/fi-FI?returnUrl=%2Ftyopoyta");

        var clientPath = await TeamAndPlan(desk, coordinatorContext);
        await ReferralFollowUpHandoverAndEnd(desk, clientPath);
        AssertNoProblems();
    }

    /// <summary>
    /// Seed 000's "Työkyvyn tuen tiimi": the client's consent (F11), the team with a close person
    /// and one case manager (F10, F13), a meeting with its calendar invitation (F12) and the plan
    /// with three catalogue services (F14, F16, F17), its print view – then the same in Swedish.
    /// </summary>
    private async Task<string> TeamAndPlan(IPage page, IBrowserContext context)
    {
        // 7. Matti's written consent (Y100), signed on paper, for employment services and Kela.
        // From the caseload: the desk also lists employment services' saatelomake about Matti, a link of the same name.
        // The caseload is paged oldest first, so the case just taken on is on its last page.
        var lastPage = page.Locator("nav[aria-label='Oman asiakasmäärän sivut'] a.page-link").Last;
        if (await lastPage.CountAsync() > 0)
        {
            await lastPage.ClickAsync();
        }
        await page.Locator("section:has(#caseload)").GetByRole(AriaRole.Link, new() { Name = "Mallikas, Matti" }).First.ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Matti Mallikas')");
        var clientPath = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "Suostumus monialaiseen yhteistyöhön" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Suostumus monialaiseen yhteistyöhön')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna suostumus" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        Assert.Contains("Valitse vähintään yksi organisaatio.", await page.InnerTextAsync("#error-summary"), StringComparison.Ordinal);
        await Checks.Check(page, "20-matti-consent-errors-fi");
        await page.GetByLabel("Demo-alueen työllisyyspalvelut").CheckAsync();
        await page.GetByLabel("Kela, Demo-alueen palvelu").CheckAsync();
        await page.GetByLabel("Käyttötarkoitus").FillAsync("Työkyvyn tuen tiimin yhteistyö ja yhteinen suunnitelma");
        await page.GetByLabel("Voimassa asti (viimeinen päivä)").FillAsync(DateTime.Today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Skannatun lomakkeen viite").FillAsync("Y100-Mallikas-skannattu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna suostumus" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Suostumus tallennettu.");
        Assert.Contains("Voimassa", await page.InnerTextAsync("article.consent"), StringComparison.Ordinal);
        await Checks.Check(page, "21-matti-consent-fi");

        // 8. Sari forms the team with Matti: Hanna as case manager, Teemu and Kaisa; Matti's spouse takes part.
        await page.GotoAsync(clientPath + "/tiimi");
        await page.WaitForSelectorAsync("h1:has-text('Työkyvyn tuen tiimi')");
        foreach (var name in new[] { "Hanna Hoitaja", "Teemu Työllisyys", "Kaisa Kelanen" })
        {
            await page.GetByLabel($"Tiimin jäsen: {name}").CheckAsync();
        }
        await page.GetByLabel("Asiakasvastaava: Hanna Hoitaja").CheckAsync();
        await page.GetByLabel("Terveysongelmia").CheckAsync();
        await page.GetByLabel("Asiakkaan toiveet tiimistä (asiakasta kuullen)").FillAsync("Haluan, että työllisyyspalvelut ja Kela ovat mukana.");
        await page.GetByLabel("Läheisen nimi (jos asiakas haluaa läheisen mukaan)").FillAsync("Liisa Mallikas");
        await page.GetByLabel("Suhde asiakkaaseen").FillAsync("puoliso");
        await Checks.Check(page, "22-matti-team-form-fi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kokoa tiimi" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Tiimi koottu.");
        var team = await page.InnerTextAsync("main");
        Assert.Contains("Tiimistä puuttuu keskeinen toimija", team, StringComparison.Ordinal);
        Assert.Contains("Lääkäri", team, StringComparison.Ordinal);
        Assert.Contains("Liisa Mallikas (puoliso)", team, StringComparison.Ordinal);
        await Checks.Check(page, "23-matti-team-fi");

        // 9. A team meeting next week; the invitation is a calendar file in Helsinki time.
        var meetingAt = DateTime.Today.AddDays(7).AddHours(10);
        await page.GetByLabel("Aika 1").FillAsync(meetingAt.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Paikka").FillAsync("Esikylän sote-keskus, neuvotteluhuone 2");
        await page.GetByLabel("Liisa Mallikas").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kutsu koolle" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Työkokous kutsuttu koolle.");
        await Checks.Check(page, "24-matti-meeting-fi");
        var ics = await context.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "Kalenterikutsu (.ics)" }).GetAttributeAsync("href"))!);
        var calendar = await ics.TextAsync();
        Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Helsinki:{meetingAt:yyyyMMdd'T'HHmmss}", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Mallikas", calendar, StringComparison.Ordinal);

        // 10. The plan: Matti's own goal in his words, a goal agreed, three actions from the catalogue.
        await page.GotoAsync(clientPath + "/suunnitelma");
        await page.WaitForSelectorAsync("h1:has-text('Työkyvyn tuen suunnitelma')");
        await page.GetByLabel("Asiakkaan oma tavoite omin sanoin").FillAsync("Haluan takaisin töihin, kunhan jaksan.");
        await page.GetByLabel("Sovittu tavoite 1").FillAsync("Terveydentila ja työkyky on selvitetty");
        (string Service, string Party, string? Who)[] actions =
        [
            ("Lääkärin vastaanotto", "Ammattilainen", "Hanna Hoitaja"),
            ("Työllisyyspalvelujen työhönvalmennus", "Organisaatio", "Demo-alueen työllisyyspalvelut"),
            ("Arkeen voimaa -ryhmä", "Asiakas itse", null),
        ];
        for (int i = 0; i < actions.Length; i++)
        {
            // The option names the service and its provider's capacity ("… – Tilaa nyt"): chosen by the service's name.
            var option = await page.Locator($"#service-{i} option", new() { HasTextString = actions[i].Service + " – " }).First.GetAttributeAsync("value");
            await page.Locator($"#service-{i}").SelectOptionAsync(new SelectOptionValue { Value = option });
            await page.Locator($"#party-{i}").SelectOptionAsync(new SelectOptionValue { Label = actions[i].Party });
            if (actions[i].Who is { } who)
            {
                await page.Locator(i == 0 ? "#person-0" : $"#org-{i}").SelectOptionAsync(new SelectOptionValue { Label = who });
            }
            await page.Locator($"#start-{i}").FillAsync(DateTime.Today.AddDays(14 * (i + 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.GetByLabel("Seurannan väli (viikkoa)").FillAsync("4");
        await page.GetByLabel("Tuen tarpeen arvioitu kesto (kk)").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna suunnitelma" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Suunnitelma tallennettu versiona 1.");
        Assert.Equal("Haluan takaisin töihin, kunhan jaksan.", await page.GetByLabel("Asiakkaan oma tavoite omin sanoin").InputValueAsync());
        await Checks.Check(page, "25-matti-plan-fi");

        // Job coaching waits for the doctor's assessment: a second version, and the versions compared.
        await page.Locator("#after-1").SelectOptionAsync(new SelectOptionValue { Label = "Toimenpiteen jälkeen 1: Lääkärin vastaanotto" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna suunnitelma" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Suunnitelma tallennettu versiona 2.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versiot ja vertailu" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Muutokset versiosta 1 versioon 2");
        Assert.Contains("Muutettu", await page.InnerTextAsync("section:has(#changes)"), StringComparison.Ordinal);
        await Checks.Check(page, "25b-matti-plan-versions-fi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Palaa suunnitelmaan" }).ClickAsync();

        // 11. The printable plan for Matti.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tulostettava suunnitelma asiakkaalle" }).ClickAsync();
        await page.WaitForSelectorAsync("article.plan-print");
        var print = await page.InnerTextAsync("article.plan-print");
        foreach (var expected in new[] { "Haluan takaisin töihin", "Lääkärin vastaanotto", "Työllisyyspalvelujen työhönvalmennus", "Arkeen voimaa -ryhmä", "Hanna Hoitaja" })
        {
            Assert.Contains(expected, print, StringComparison.Ordinal);
        }
        await Checks.Check(page, "26-matti-plan-print-fi");

        // The same pages in Swedish.
        foreach (var (path, step) in new[] { ("/suostumus", "21-matti-consent-sv"), ("/tiimi", "23-matti-team-sv"), ("/suunnitelma", "25-matti-plan-sv"), ("/suunnitelma/tuloste", "26-matti-plan-print-sv") })
        {
            await page.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(clientPath + path)}");
            await Checks.Check(page, step);
        }
        Assert.Contains("Plan för stöd för arbetsförmågan", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.GotoAsync($"/culture/fi-FI?returnUrl={Uri.EscapeDataString(clientPath)}");
        return clientPath;
    }

    /// <summary>
    /// Seed 000's "Seuranta" and "Mitä palvelun jälkeen?": the job coaching goes to the employment
    /// services as a referral the coach moves along (F18), Hanna follows up and reviews the goal
    /// (F20, F21), hands Matti over warmly to Teemu (F22), the coaching ends in paid work with wage
    /// subsidy (F19) and Teemu ends the support with the outcome "employed" (F23).
    /// </summary>
    private async Task ReferralFollowUpHandoverAndEnd(IPage sari, string clientPath)
    {
        // Today as the app counts it: the day in Finland, not the machine's (at 22–24 UTC they differ).
        static string Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // 12. Sari sends the job coaching as a referral; the NGO group cannot be sent: the consent does not name the NGO.
        await sari.GotoAsync(clientPath + "/lahetteet");
        await sari.WaitForSelectorAsync("h1:has-text('Lähetteet')");
        await sari.GetByRole(AriaRole.Button, new() { Name = "Lähetä lähete: Arkeen voimaa -ryhmä" }).ClickAsync();
        await sari.WaitForSelectorAsync("#error-summary");
        Assert.Contains("ei nimeä palveluntuottajaa", await sari.InnerTextAsync("#error-summary"), StringComparison.Ordinal);
        // Each referral has a covering note of its own.
        await sari.GetByLabel("Saate: Työllisyyspalvelujen työhönvalmennus").FillAsync("IPS-työhönvalmennus; Matti toivoo logistiikka-alaa.");
        await sari.GetByRole(AriaRole.Button, new() { Name = "Lähetä lähete: Työllisyyspalvelujen työhönvalmennus" }).ClickAsync();
        await sari.WaitForSelectorAsync("text=Lähete lähetetty.");
        await Checks.Check(sari, "27-matti-referral-sent-fi");

        // 13. Veera, the job coach, finds it in her organisation's inbox and moves it along the loop.
        await using var coachContext = await NewContext();
        var veera = await SignIn(coachContext, "Veera Valmentaja");
        await veera.GetByRole(AriaRole.Link, new() { Name = "Lähetteet" }).ClickAsync();
        await veera.WaitForSelectorAsync("h1:has-text('Saapuneet lähetteet')");
        await Checks.Check(veera, "28-referral-inbox-fi");
        await veera.GetByRole(AriaRole.Link, new() { Name = "Mallikas, Matti" }).ClickAsync();
        await veera.WaitForSelectorAsync("h1:has-text('Työllisyyspalvelujen työhönvalmennus')");
        var referralPath = new Uri(veera.Url).AbsolutePath;
        Assert.Contains("IPS-työhönvalmennus; Matti toivoo logistiikka-alaa.", await veera.InnerTextAsync("main"), StringComparison.Ordinal);
        foreach (var status in new[] { "Vastaanotettu", "Hyväksytty", "Palvelu alkanut" })
        {
            await veera.GetByLabel(status, new() { Exact = true }).CheckAsync();
            await veera.GetByRole(AriaRole.Button, new() { Name = "Tallenna tila" }).ClickAsync();
            await veera.WaitForSelectorAsync("text=Lähetteen tila päivitetty.");
        }
        await Checks.Check(veera, "28b-referral-started-fi");

        // 14. Hanna, the case manager, finds Matti on her worklist, records a contact and reviews the goal.
        await using var nurseContext = await NewContext();
        var hanna = await SignIn(nurseContext, "Hanna Hoitaja");
        await hanna.GetByRole(AriaRole.Link, new() { Name = "Omat asiakkaat" }).ClickAsync();
        await hanna.WaitForSelectorAsync("h1:has-text('Omat asiakkaat')");
        await Checks.Check(hanna, "29-worklist-fi");
        await hanna.GetByRole(AriaRole.Link, new() { Name = "Mallikas, Matti" }).ClickAsync();
        await hanna.WaitForSelectorAsync("h1:has-text('Seuranta')");
        Assert.Contains("Tiimistä puuttuu avaintoimija", await hanna.InnerTextAsync("main"), StringComparison.Ordinal);   // the risk radar
        // Keyboard only: the date is today already; Tab to the channel, arrow to "phone", Tab, type, Enter.
        Assert.Equal(Today(), await hanna.GetByLabel("Päivämäärä").InputValueAsync());
        await TabUntil(hanna, "document.activeElement?.id === 'channel'");
        await hanna.Keyboard.PressAsync("ArrowDown");
        await hanna.Keyboard.PressAsync("Tab");
        await hanna.Keyboard.TypeAsync("Matti kertoi valmennuksen alkaneen hyvin; uni parantunut.");
        await hanna.Keyboard.PressAsync("Tab");
        await hanna.Keyboard.PressAsync("Enter");
        await hanna.WaitForSelectorAsync("text=Seurantakontakti tallennettu.");
        Assert.Contains("Puhelu", await hanna.InnerTextAsync("section:has(#history)"), StringComparison.Ordinal);
        await hanna.GetByRole(AriaRole.Button, new() { Name = "Tallenna arvio" }).ClickAsync();
        await hanna.WaitForSelectorAsync("#error-summary");                                   // every goal and the need must be reviewed
        await hanna.Locator("#progress-0").SelectOptionAsync(new SelectOptionValue { Label = "Edistyy" });
        await hanna.GetByLabel("Palveluiden vaikuttavuus").FillAsync("Lääkärin arvio tehty, valmennus käynnissä.");
        await hanna.GetByLabel("Nykyinen tuen tarve").SelectOptionAsync(new SelectOptionValue { Label = "Vähentynyt" });
        await hanna.GetByRole(AriaRole.Button, new() { Name = "Tallenna arvio" }).ClickAsync();
        await hanna.WaitForSelectorAsync("text=Seurantatapaamisen arvio tallennettu.");
        Assert.Contains("Edistyy", await hanna.InnerTextAsync("section:has(#history)"), StringComparison.Ordinal);
        await Checks.Check(hanna, "30-matti-follow-up-fi");

        // 15. Hanna hands Matti over warmly to Teemu; until Teemu accepts, Hanna stays responsible.
        await hanna.GotoAsync(clientPath + "/tiimi");
        await hanna.WaitForSelectorAsync("h2:has-text('Asiakasvastaavan vaihto')");
        var teemuOption = await hanna.Locator("#successor option", new() { HasText = "Teemu Työllisyys" }).GetAttributeAsync("value");
        await hanna.Locator("#successor").SelectOptionAsync(teemuOption!);
        await hanna.GetByLabel("Siirtomuistio").FillAsync("Työllistyminen etenee; Teemu jatkaa. Yhteinen tapaaminen Matin kanssa sovittu.");
        await hanna.GetByRole(AriaRole.Button, new() { Name = "Ehdota vaihtoa" }).ClickAsync();
        await hanna.WaitForSelectorAsync("text=Vaihto odottaa: Teemu Työllisyys");
        Assert.Contains("Hanna Hoitaja vastaa asiakkaasta siihen asti.", await hanna.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(hanna, "31-matti-handover-proposed-fi");

        await using var teemuContext = await NewContext();
        var teemu = await SignIn(teemuContext, "Teemu Työllisyys");
        await teemu.GotoAsync(clientPath + "/tiimi");
        await teemu.GetByLabel("Yhteinen tapaaminen asiakkaan kanssa on pidetty").CheckAsync();
        await teemu.GetByRole(AriaRole.Button, new() { Name = "Hyväksy vastuu" }).ClickAsync();
        await teemu.WaitForSelectorAsync("text=Olet nyt asiakkaan asiakasvastaava.");
        Assert.Contains("Teemu Työllisyys", await teemu.InnerTextAsync("tr:has-text('Asiakasvastaava')"), StringComparison.Ordinal);
        await Checks.Check(teemu, "32-matti-handover-accepted-fi");

        // 16. The coaching ends in paid work with wage subsidy; the referral loop closes.
        await veera.GotoAsync(referralPath);
        await veera.GetByLabel("Päättynyt", new() { Exact = true }).CheckAsync();
        // What was delivered and whether Matti got the help he sought (F41), beside the employment outcome.
        await veera.GetByLabel("Määrä").FillAsync("12");
        await veera.GetByLabel("Yksikkö").SelectOptionAsync(new SelectOptionValue { Label = "käyntiä" });
        await veera.Locator("#gotHelp-yes").CheckAsync();
        await veera.GetByLabel("Tulos").SelectOptionAsync(new SelectOptionValue { Label = "Palkkatyö palkkatuella" });
        await veera.GetByLabel("Työtunnit viikossa").FillAsync("30");
        await veera.GetByLabel("Työnantaja").FillAsync("Demo Logistiikka Oy");
        await veera.GetByRole(AriaRole.Button, new() { Name = "Tallenna tila" }).ClickAsync();
        await veera.WaitForSelectorAsync("text=Lähete on käsitelty loppuun.");

        // 17. Teemu ends the support: Matti is employed. The history stays for a possible return.
        await teemu.GotoAsync(clientPath + "/seuranta");
        await teemu.GetByLabel("Päättymisen syy").SelectOptionAsync(new SelectOptionValue { Label = "Työllistyi" });
        await teemu.GetByLabel("Loppuarvio").FillAsync("Tavoite saavutettu: palkkatyö 30 h/vko palkkatuella.");
        await teemu.GetByLabel("Tieto jatkohoitajille").FillAsync("Työterveyshuolto aloittaa työsuhteen alkaessa; selkä seurannassa.");
        await teemu.GetByRole(AriaRole.Button, new() { Name = "Päätä tuki" }).ClickAsync();
        // Without the confirmation nothing ends, and what was typed stays.
        await teemu.WaitForSelectorAsync("text=Vahvista tuen päättäminen rastittamalla vahvistuskohta.");
        Assert.Equal("Tavoite saavutettu: palkkatyö 30 h/vko palkkatuella.", await teemu.GetByLabel("Loppuarvio").InputValueAsync());
        await teemu.Locator("#end-confirm").CheckAsync();
        await teemu.GetByRole(AriaRole.Button, new() { Name = "Päätä tuki" }).ClickAsync();
        await teemu.WaitForSelectorAsync("text=Työkyvyn tuki päätetty.");
        var ended = await teemu.InnerTextAsync("section:has(#ended)");
        Assert.Contains("Työllistyi", ended, StringComparison.Ordinal);
        Assert.Contains("Työterveyshuolto aloittaa", ended, StringComparison.Ordinal);
        await Checks.Check(teemu, "33-matti-ended-fi");
        await teemu.GotoAsync($"/culture/sv-FI?returnUrl={Uri.EscapeDataString(clientPath + "/seuranta")}");
        await teemu.WaitForSelectorAsync("h1:has-text('Uppföljning')");
        await Checks.Check(teemu, "33-matti-ended-sv");
        await teemu.GotoAsync($"/culture/fi-FI?returnUrl={Uri.EscapeDataString(clientPath)}");
    }
}
