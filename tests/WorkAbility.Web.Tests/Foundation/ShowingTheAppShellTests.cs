using System.Net;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class ShowingTheAppShellTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private WorkAbilityApp app = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        app = new WorkAbilityApp(database);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<string> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HomePage_IsFinnishByDefault_WithSkipLinkAndDemoFigures()
    {
        var html = await Get(app.CreateClient(), "/");
        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Työkyvyn tuki</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
        Assert.Contains("Siirry sisältöön", html, StringComparison.Ordinal);
        Assert.Contains("Tuen tarpeen arviointi", html, StringComparison.Ordinal); // a stage row of the figures
        Assert.DoesNotContain("NeedAssessment", html, StringComparison.Ordinal);  // never a raw enum name
    }

    [Fact]
    public async Task CultureQuery_GivesSwedish_AndEnglish()
    {
        var sv = await Get(app.CreateClient(), "/?culture=sv-FI");
        Assert.Contains("<html lang=\"sv\">", sv, StringComparison.Ordinal);
        Assert.Contains("<h1>Stöd för arbetsförmåga</h1>", sv, StringComparison.Ordinal);
        Assert.Contains("Hoppa till innehållet", sv, StringComparison.Ordinal);

        var en = await Get(app.CreateClient(), "/?culture=en-FI");
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Skip to content", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitcher_RemembersTheChoice_AndReturnsToTheSamePage()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.GetAsync(new Uri("/culture/sv-FI?returnUrl=%2Fnot-found", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/not-found", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task LanguageSwitcher_NeverRedirectsOffSite(string returnUrl)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(
            new Uri("/culture/fi-FI?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownLanguage_AndUnknownPage_AreNotFound_InFinnish()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/culture/de-DE", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var missing = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Sivua ei löytynyt", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_IsServed()
    {
        var json = await Get(app.CreateClient(), "/openapi/v1.json");
        Assert.Contains("\"openapi\"", json, StringComparison.Ordinal);
    }
}
