using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// F41 in the browser: Veera of the employment services keeps her service's capacity, sees in her inbox the day each referral
/// is to be answered by (the late ones marked), and declines one with a coded reason after the page refused a decline
/// without one and kept what she wrote; the team's referrals page shows the capacity and the code.
/// </summary>
public sealed class ReferralServiceLevelsJourneyTests(Chromium chromium) : JourneyTest(chromium)
{
    [Fact]
    public async Task Veera_KeepsCapacity_SeesRespondByDays_AndDeclinesWithACode()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, "Veera Valmentaja");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lähetteet", Exact = true }).First.ClickAsync();
        await page.WaitForSelectorAsync("h2:has-text('Palvelujemme vastaanottotilanne')");
        Assert.True(await page.Locator("[data-list=referral-inbox] td[data-respond-by]").CountAsync() > 0, "the inbox shows respond-by days");
        Assert.True(await page.Locator("[data-list=referral-inbox] .badge:has-text('Myöhässä')").CountAsync() > 0, "late referrals are marked");
        await Checks.Check(page, "70-veera-inbox-fi");

        // Capacity: a waiting list needs its weeks; what was chosen stays.
        await page.Locator("[data-list=our-services] a").First.ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Vastaanottotilanne')");
        await page.Locator("#capacity-Waitlist").CheckAsync();
        await page.Locator("#wait-weeks").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tilanne" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        Assert.True(await page.Locator("#capacity-Waitlist").IsCheckedAsync());
        await page.Locator("#wait-weeks").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tilanne" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Vastaanottotilanne tallennettu.");
        Assert.Contains("Jonoa noin 4 viikkoa", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Checks.Check(page, "71-veera-capacity-fi");

        // A referral waiting to be received: received, then declined – first without a reason, then with one.
        await page.GotoAsync("/lahetteet");
        var waiting = page.Locator("[data-list=referral-inbox] tr[data-row]", new() { HasTextString = "Lähetetty" }).First;
        await waiting.Locator("th a").ClickAsync();
        await page.WaitForSelectorAsync("h2:has-text('Päivitä tila')");
        Assert.Matches(new Regex(@"Vastattava viimeistään\s+\d{1,2}\.\d{1,2}\.\d{4}"), await page.InnerTextAsync("dl.facts"));
        await page.Locator("#s-Received").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tila" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Lähetteen tila päivitetty");
        await page.Locator("#s-Declined").CheckAsync();
        await page.Locator("#reason").FillAsync("Ryhmät täynnä helmikuuhun");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tila" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        Assert.Equal("Ryhmät täynnä helmikuuhun", await page.Locator("#reason").InputValueAsync());
        await Checks.Check(page, "72-veera-decline-errors-fi");
        await page.Locator("#rc-NoCapacity").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tila" }).ClickAsync();
        await page.WaitForURLAsync("**/lahetteet?suljettu=1");
        await Checks.Check(page, "73-veera-closed-fi");

        // At phone width the inbox's rows are cards with the respond-by day in each.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/lahetteet");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scrolling at 390 px");
        await Checks.Check(page, "74-veera-inbox-phone-fi");
        AssertNoProblems();
    }
}
