using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// What every journey class shares: its own app on a fresh database, the page checks (axe,
/// resource keys, console errors, screenshots), demo sign-in and keyboard helpers.
/// </summary>
public abstract class JourneyTest(Chromium chromium) : IAsyncLifetime
{
    protected BrowserApp App { get; } = new();
    protected PageChecks Checks { get; } = new();
    protected Chromium Chromium => chromium;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => App.DisposeAsync();

    protected Task<IBrowserContext> NewContext() =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "fi-FI" });

    /// <summary>Signs in on the demo sign-in page by pressing the user's button.</summary>
    protected async Task<IPage> SignIn(IBrowserContext context, string displayName)
    {
        var page = await context.NewPageAsync();
        Checks.Watch(page, displayName);
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Kirjaudu käyttäjänä {displayName}" }).ClickAsync();
        await page.WaitForURLAsync(App.BaseUrl + "/");
        return page;
    }

    /// <summary>Presses Tab until the condition (JavaScript) holds, as a keyboard user would.</summary>
    protected static async Task TabUntil(IPage page, string condition, int maxTabs = 150)
    {
        for (int i = 0; i < maxTabs; i++)
        {
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Keyboard focus never reached: {condition}");
    }

    protected void AssertNoProblems() => Assert.True(Checks.Problems.Count == 0, string.Join(Environment.NewLine, Checks.Problems));
}
