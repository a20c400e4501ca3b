using System.Text.Json;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// The client's own service in a real browser (F27, F30, F36): a demo client whose team has made a
/// plan signs in, sees where they are and their next meeting, reads the plan and the team, fills in
/// the self-assessment, takes one organisation out of the consent (that organisation's next
/// request is refused), reads who has seen the data and gives feedback with the keyboard only.
/// Every page passes axe in Finnish and Swedish and is photographed at 1280 and 390 px wide.
/// </summary>
public sealed class ClientsOwnServiceJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    private static readonly (string Link, string Path, string Step)[] Pages =
    [
        ("Oma sivu", "/oma", "home"),
        ("Suunnitelmani", "/oma/suunnitelma", "plan"),
        ("Tiimini", "/oma/tiimi", "team"),
        ("Viestit", "/oma/viestit", "messages"),
        ("Oma arvio", "/oma/itsearvio", "self-assessment"),
        ("Suostumukseni", "/oma/suostumukset", "consents"),
        ("Kuka on katsonut tietojani", "/oma/katselut", "access-log"),
        ("Anna palautetta", "/oma/palaute", "feedback"),
    ];

    /// <summary>Follows a link of the client's own navigation and waits until the page has arrived (enhanced navigation changes the address first).</summary>
    private static async Task Open(IPage page, string link, string heading)
    {
        // Not exact: a link may carry its unread count ("Viestit 1 lukematonta viestiä").
        await page.Locator("nav.my-nav").GetByRole(AriaRole.Link, new() { Name = link }).First.ClickAsync();
        await page.WaitForSelectorAsync($"h1:text-is('{heading}')");
    }

    [Fact]
    public async Task AClient_FollowsTheirPath_Plan_Consent_AndWhoHasSeenTheirData_InFinnishAndSwedish()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();
        Checks.Watch(page, "client");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/sign-in");
        // The second demo client is the one whose team has made a plan and has a meeting ahead.
        var row = page.Locator("table:has(caption:text-is('Asiakkaat')) tbody tr").Nth(1);
        await row.Locator("button").ClickAsync();
        await page.WaitForURLAsync("**/oma");

        // Where I am, who my people are, my next meeting.
        Assert.StartsWith("Hei ", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("ol.path-steps li[aria-current=step]").CountAsync());
        Assert.True(await page.Locator("ol.path-steps li.path-step-done").CountAsync() >= 3, "earlier steps are marked done");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lisää kalenteriin" }).First.WaitForAsync();
        Assert.Contains("Asiakasvastaavani", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(page, "client-01-home-fi-1280");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, "client-02-home-fi-390");
        await page.SetViewportSizeAsync(1280, 900);

        // My plan and my team.
        await Open(page, "Suunnitelmani", "Suunnitelmani");
        Assert.Equal("Oma tavoitteeni", await page.InnerTextAsync("#my-goal"));
        Assert.True(await page.Locator("article.my-mine").CountAsync() >= 1, "my own tasks are marked and first");
        await Checks.Check(page, "client-03-plan-fi-1280");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, "client-04-plan-fi-390");
        await page.SetViewportSizeAsync(1280, 900);
        await Open(page, "Tiimini", "Tiimini");
        Assert.True(await page.Locator("li.my-card").CountAsync() >= 2);
        await Checks.Check(page, "client-05-team-fi");

        // My self-assessment: a first try without answers keeps the page and names what is missing; then a full one.
        await Open(page, "Oma arvio", "Oma arvio työkyvystäni");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("#error-summary");
        await page.FillAsync("#q-was", "6");
        foreach (var id in new[] { "body", "activities", "participation", "environment", "resources" })
        {
            await page.Locator($"#q-{id} input[type=radio]").Nth(1).CheckAsync();
        }
        await page.Locator("#q-working input[type=radio]").Last.CheckAsync();
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice-success");
        Assert.Equal(1, await page.Locator("svg.sa-chart").CountAsync());
        Assert.True(await page.Locator("table.figures tbody tr").CountAsync() >= 1);
        await Checks.Check(page, "client-06-self-assessment-fi");

        // My consent: take out one organisation of the team; its next request is refused.
        var team = JsonDocument.Parse(await (await context.APIRequest.GetAsync("/api/me/team")).TextAsync()).RootElement;
        var me = JsonDocument.Parse(await (await context.APIRequest.GetAsync("/api/me")).TextAsync()).RootElement;
        var holding = me.GetProperty("coordinator").GetProperty("organisation").GetString();
        // A member whose only way in is the consent: not of the coordinator's organisation, and not the occupational health
        // unit that holds overall responsibility on its own path (it sees its client whatever the consent says).
        var outsider = team.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("person"))
            .First(p => p.GetProperty("organisation").GetString() != holding && p.GetProperty("organisationKind").GetString() != "OccupationalHealth");
        var outsiderOrg = outsider.GetProperty("organisation").GetString()!;
        var clientId = me.GetProperty("clientId").GetString();
        await Open(page, "Suostumukseni", "Suostumukseni");
        await Checks.Check(page, "client-07-consents-fi");
        var consent = page.Locator("article.my-mine").First;
        await consent.Locator("summary:text-is('Rajaa suostumusta')").ClickAsync();
        await consent.GetByLabel(outsiderOrg, new() { Exact = true }).UncheckAsync();
        await consent.GetByRole(AriaRole.Button, new() { Name = "Tallenna rajaus" }).ClickAsync();
        await page.WaitForSelectorAsync("p.notice-success");

        await using var outsiderContext = await NewContext();
        var professional = await SignIn(outsiderContext, outsider.GetProperty("name").GetString()!);
        Checks.ExpectingNotFound = true;
        var refused = await professional.GotoAsync($"/asiakkaat/{clientId}");
        Assert.Equal(404, refused!.Status);
        Checks.ExpectingNotFound = false;

        // Who has seen my data: the refused attempt is there, without the name.
        await Open(page, "Kuka on katsonut tietojani", "Kuka on katsonut tietojani");
        Assert.True(await page.Locator("table.my-log tbody tr").CountAsync() > 3);
        Assert.Contains("Yritys avata tietojasi ilman oikeutta estettiin.", await page.InnerTextAsync("table.my-log"), StringComparison.Ordinal);
        await Checks.Check(page, "client-08-access-log-fi");

        // Feedback with the keyboard only.
        await Open(page, "Anna palautetta", "Anna palautetta");
        await Checks.Check(page, "client-09-feedback-fi");
        await page.Locator("h1").FocusAsync();
        await TabUntil(page, "document.activeElement?.name === 'Model.Heard'");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await TabUntil(page, "document.activeElement?.name === 'Model.PlanClear'");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await TabUntil(page, "document.activeElement?.id === 'fb-comment'");
        await page.Keyboard.TypeAsync("Sain puhua omin sanoin.");
        await TabUntil(page, "document.activeElement?.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("p.notice-success");
        await Checks.Check(page, "client-10-feedback-sent-fi");
        Assert.Contains("Kiitos palautteestasi", await page.InnerTextAsync("p.notice-success"), StringComparison.Ordinal);

        // A message to the team with the keyboard only (F40): the new thread's form opens from its summary.
        await Open(page, "Viestit", "Viestit");
        await Checks.Check(page, "client-11-messages-fi");
        await page.Locator("h1").FocusAsync();
        await TabUntil(page, "document.activeElement?.tagName === 'SUMMARY'");
        // The form is folded when there are threads to read first, open when there are none yet.
        if (!await page.EvaluateAsync<bool>("document.activeElement.parentElement.open"))
        {
            await page.Keyboard.PressAsync("Enter");
        }
        await TabUntil(page, "document.activeElement?.id === 'new-message-subject'");
        await page.Keyboard.TypeAsync("Työkokeilun aloitus");
        await TabUntil(page, "document.activeElement?.id === 'new-message-text'");
        await page.Keyboard.TypeAsync("Voisinko aloittaa työkokeilun jo ensi kuussa?");
        await TabUntil(page, "document.activeElement?.type === 'submit' && document.activeElement?.closest('form')?.id === 'new-message'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("p.notice-success");
        Assert.Contains("Työkokeilun aloitus", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(page, "client-12-message-sent-fi");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, "client-13-messages-fi-390");
        await page.SetViewportSizeAsync(1280, 900);

        // The coordinator (of the organisation the consent was not narrowed from) finds it waiting, reads it on the client's
        // messages page and answers.
        await using (var teamContext = await NewContext())
        {
            var manager = await SignIn(teamContext, me.GetProperty("coordinator").GetProperty("name").GetString()!);
            await manager.GotoAsync("/viestit");
            var waiting = await manager.InnerTextAsync("main");
            Assert.True(waiting.Contains("Työkokeilun aloitus", StringComparison.Ordinal), waiting);
            await Checks.Check(manager, "team-01-waiting-messages-fi");
            await manager.GetByRole(AriaRole.Link, new() { Name = me.GetProperty("name").GetString()!.Split(' ')[^1], Exact = false }).First.ClickAsync();
            await manager.WaitForSelectorAsync("h1:text-is('Viestit')");
            await Checks.Check(manager, "team-02-client-messages-fi");
            await manager.FillAsync("#answer-text", "Hyvä ajatus – katsotaan se tiistain tapaamisessa.");
            await manager.Locator("form#answer button[type=submit]").ClickAsync();
            await manager.WaitForSelectorAsync("p.notice-success");
        }
        await page.ReloadAsync();
        Assert.Contains("Hyvä ajatus", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // Every page in Swedish passes axe too.
        await page.GotoAsync("/culture/sv-FI?returnUrl=%2Foma");
        Assert.StartsWith("Hej ", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        foreach (var (_, path, step) in Pages)
        {
            await page.GotoAsync(path);
            await Checks.Check(page, $"client-sv-{step}");
        }
        AssertNoProblems();
    }

    [Fact]
    public async Task TheCoordinatorGivesATask_AndTheClientMarksItDone_InSelkosuomi_WithTheKeyboardOnly()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();
        Checks.Watch(page, "client-selko");
        await page.GotoAsync("/sign-in");
        await page.Locator("table:has(caption:text-is('Asiakkaat')) tbody tr").Nth(1).Locator("button").ClickAsync();
        await page.WaitForURLAsync("**/oma");
        var me = JsonDocument.Parse(await (await context.APIRequest.GetAsync("/api/me")).TextAsync()).RootElement;
        var clientId = me.GetProperty("clientId").GetString();

        // The coordinator of the case gives a task on the client's tasks page.
        await using (var teamContext = await NewContext())
        {
            var coordinator = await SignIn(teamContext, me.GetProperty("coordinator").GetProperty("name").GetString()!);
            await coordinator.GotoAsync($"/asiakkaat/{clientId}/tehtavat");
            await Checks.Check(coordinator, "team-10-tasks-fi");
            await coordinator.Locator("h1").FocusAsync();
            await TabUntil(coordinator, "document.activeElement?.tagName === 'SUMMARY'");
            await coordinator.Keyboard.PressAsync("Enter");
            await TabUntil(coordinator, "document.activeElement?.name === 'Task.Kind'");
            await coordinator.Keyboard.PressAsync("ArrowDown");
            await TabUntil(coordinator, "document.activeElement?.id === 'task-title'");
            await coordinator.Keyboard.TypeAsync("Soita työkokeilupaikkaan");
            await TabUntil(coordinator, "document.activeElement?.id === 'task-details'");
            await coordinator.Keyboard.TypeAsync("Kysy, milloin voit aloittaa. Numero on 040 555 0199.");
            var due = DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await coordinator.FillAsync("#task-due", due);
            await TabUntil(coordinator, "document.activeElement?.type === 'submit' && document.activeElement?.closest('form')?.id === 'give-task'");
            await coordinator.Keyboard.PressAsync("Enter");
            await coordinator.WaitForSelectorAsync("p.notice-success");
            Assert.Contains("Soita työkokeilupaikkaan", await coordinator.InnerTextAsync("main"), StringComparison.Ordinal);
            await Checks.Check(coordinator, "team-11-task-given-fi");
            await coordinator.SetViewportSizeAsync(390, 844);
            await Checks.Check(coordinator, "team-12-tasks-fi-390");
        }

        // The client turns to selkosuomi from the language links and marks the task done, with the keyboard only.
        await page.ReloadAsync();
        await page.Locator("nav.language-switcher").GetByRole(AriaRole.Link, new() { Name = "Selkosuomi" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h2:text-is('Tehtäväsi')");
        Assert.Equal("fi", await page.GetAttributeAsync("html", "lang"));
        await Checks.Check(page, "client-selko-01-home");
        await page.Locator("h1").FocusAsync();
        await TabUntil(page, "document.activeElement?.type === 'submit' && document.activeElement?.textContent.includes('Soita työkokeilupaikkaan')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("p.notice-success");
        Assert.Contains("Tehtävä on tehty", await page.InnerTextAsync("p.notice-success"), StringComparison.Ordinal);
        await Checks.Check(page, "client-selko-02-task-done");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, "client-selko-03-home-390");
        await page.SetViewportSizeAsync(1280, 900);
        // Every page of the client's own service passes axe in selkosuomi as well.
        foreach (var (_, path, step) in Pages)
        {
            await page.GotoAsync(path);
            await Checks.Check(page, $"client-selko-{step}");
        }
        AssertNoProblems();
    }

    [Fact]
    public async Task AResidentNotYetAClient_AsksForSupport_WithTheKeyboardOnly()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();
        Checks.Watch(page, "resident");
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu käyttäjänä Riikka Rinne" }).ClickAsync();
        await page.WaitForURLAsync("**/pyynto");
        await Checks.Check(page, "resident-01-ask-fi");
        await page.Locator("h1").FocusAsync();
        await TabUntil(page, "document.activeElement?.id === 'ask-municipality'");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabUntil(page, "document.activeElement?.id === 'ask-concern'");
        await page.Keyboard.TypeAsync("En jaksa enää kokopäivätyötä, ja pelkään menettäväni sen.");
        await TabUntil(page, "document.activeElement?.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("p.notice-success");
        Assert.Contains("Lähetetty", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(page, "resident-02-sent-fi");
        await page.SetViewportSizeAsync(390, 844);
        await Checks.Check(page, "resident-03-sent-fi-390");
        await page.GotoAsync("/culture/sv-FI?returnUrl=%2Fpyynto");
        await Checks.Check(page, "resident-04-sent-sv");
        AssertNoProblems();
    }
}
