using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

public class HardeningTheEdgesTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPage_CarriesTheSecurityHeaders()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var response = await app.CreateClient().GetAsync(new Uri("/", UriKind.Relative), Ct);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://tyokyky.hyvinvointialue.fi", true, true)]
    [InlineData("http://tyokyky.hyvinvointialue.fi", true, false)]   // http behind a TLS-ending proxy
    [InlineData("https://localhost", true, false)]                     // HSTS leaves loopback hosts alone
    [InlineData("http://127.0.0.1", false, false)]
    [InlineData("http://localhost", false, false)]
    public async Task Cookies_AreSecure_AndHstsIsSent_UnlessServedOverPlainLoopbackHttp(string baseAddress, bool secure, bool hsts)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = false });
        var signIn = await client.PostAsync(new Uri("/auth/demo/sign-in", UriKind.Relative),
            new StringContent($"{{\"username\":\"{DemoActors.SoteNurse}\"}}", System.Text.Encoding.UTF8, "application/json"), Ct);
        var page = await client.GetAsync(new Uri("/sign-in", UriKind.Relative), Ct);

        var cookies = signIn.Headers.GetValues("Set-Cookie").Concat(page.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("wa.session=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Equal(secure, c.Contains("; secure", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(hsts, page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignedInPages_AreNeverCached()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task DemoSignInForm_WithoutAntiforgeryToken_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var client = app.CreateBrowserLikeClient();
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative), Ct);
        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);

        var forged = await client.PostAsync(new Uri("/auth/demo/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = DemoActors.SoteNurse }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(forged.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("wa.session=", StringComparison.Ordinal) && !v.StartsWith("wa.session=;", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Production_RefusesToStart_InDemoSignInMode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database).WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Auth:Mode=Demo", error.ToString(), StringComparison.Ordinal);
    }
}
