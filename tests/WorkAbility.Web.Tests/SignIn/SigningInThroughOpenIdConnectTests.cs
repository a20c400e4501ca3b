using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.SignIn;

/// <summary>
/// The production sign-in, end to end against a real local OpenID Connect provider: a client by
/// the identity code Suomi.fi gives (lands on their own page), a professional by their username,
/// and an identity code nobody knows (a clear page, never a 500). Real clock: the provider signs
/// its tokens with the real time.
/// </summary>
public partial class SigningInThroughOpenIdConnectTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AClient_AProfessional_AndAResidentNotYetKnown_SignInThroughTheProvider_AndAnUnknownUserGetsAClearPage()
    {
        await using var idp = await LocalIdentityProvider.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        // Demo data is loaded for the people to exist; sign-in itself is the provider's.
        await using var app = new WorkAbilityApp(database, authMode: "Oidc", systemClock: true, settings: new Dictionary<string, string>
        {
            ["Auth:Oidc:Authority"] = idp.Authority.ToString(),
            ["Auth:Oidc:ClientId"] = LocalIdentityProvider.ClientId,
            ["Auth:Oidc:ClientSecret"] = LocalIdentityProvider.ClientSecret,
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
        });
        _ = app.Services;   // started: migrated and the demo county loaded
        string mattiCode;
        await using (var db = app.NewDbContext())
        {
            mattiCode = db.Clients.Single(c => c.FirstName == "Matti" && c.LastName == "Mallikas").PersonalIdentityCode.Value;
        }
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        // The client: identified by the identity code, lands on their own page in their own language.
        idp.NextPerson = (mattiCode, null);
        var client = app.CreateClient(Browser());
        var landing = await SignIn(client, browser, "/oma");
        Assert.EndsWith("/oma", landing, StringComparison.Ordinal);
        var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/me", UriKind.Relative), Ct)).RootElement;
        Assert.Equal("Matti Mallikas", me.GetProperty("name").GetString());
        // On the real clock: what the client reads back of the log carries the time it was written (stored precision, Finnish day filter).
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var log = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/me/access-log?from={today}&to={today}&own=true", UriKind.Relative), Ct)).RootElement;
        var newest = log.GetProperty("entries")[0];
        Assert.Equal("AccessLog", newest.GetProperty("topic").GetString());
        Assert.True((DateTimeOffset.UtcNow - newest.GetProperty("at").GetDateTimeOffset()).Duration() < TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync(new Uri("/api/me/feedback", UriKind.Relative),
            JsonContent.Create(new { heard = 4 }), Ct)).StatusCode);
        var worklist = await client.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, worklist.StatusCode);

        // A professional: identified by their username at the organisation's provider.
        idp.NextPerson = (null, "sari.koordinaattori");
        var coordinator = app.CreateClient(Browser());
        await SignIn(coordinator, browser, "/tyopoyta");
        Assert.Contains("Sari Koordinaattori", await (await coordinator.GetAsync(new Uri("/tyopoyta", UriKind.Relative), Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(new Uri("/api/me", UriKind.Relative), Ct)).StatusCode);

        // A valid identity code of nobody the county knows (F40): a resident, who lands on the request for support and may do
        // nothing else; the request waits on the desk of the coordinators of the municipality chosen, like a saatelomake.
        idp.NextPerson = ("020304A906Y", null);
        var resident = app.CreateClient(Browser());
        var asked = await SignIn(resident, browser, "/pyynto");
        Assert.EndsWith("/pyynto", asked, StringComparison.Ordinal);
        Assert.Contains("Pyydä työkyvyn tukea", await resident.GetStringAsync(new Uri("/pyynto", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri("/api/me", UriKind.Relative), Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);
        var request = await resident.PostAsync(new Uri("/api/me/requests-for-support", UriKind.Relative),
            JsonContent.Create(new { municipality = "Mallila", concern = "Selkä ei kestä enää varastotyötä." }), Ct);
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        var requestId = JsonDocument.Parse(await request.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
        await using (var db = app.NewDbContext())
        {
            var waiting = db.CoordinatorReferrals.Single(r => r.Id == requestId);
            Assert.Equal(("020304A906Y", "Ulla", "Uusitalo", "Mallila"), (waiting.PersonalIdentityCode, waiting.FirstName, waiting.LastName, waiting.Municipality));
            Assert.True(waiting.FromPersonThemselves);
        }

        // Someone at the staff provider whom the county does not know: a page that says so.
        idp.NextPerson = (null, "ei.tunnettu");
        var stranger = app.CreateClient(Browser());
        var failed = await SignIn(stranger, browser, "/tyopoyta");
        Assert.Contains("/sign-in?failed=1", failed, StringComparison.Ordinal);
        var page = await stranger.GetAsync(new Uri("/sign-in?failed=1", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kirjautuminen ei onnistunut", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(new Uri("/api/me", UriKind.Relative), Ct)).StatusCode);
        Assert.DoesNotContain(app.LogLines, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    /// <summary>The app over HTTPS, as deployed: the sign-in's correlation and nonce cookies are Secure.</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions Browser() =>
        new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") };

    /// <summary>
    /// Walks the browser's part of the code flow: the app's challenge, the provider's authorization
    /// endpoint, the answer back to the app (a redirect or an auto-posting form), the app's own
    /// redirect. Returns where the app sent the browser at the end.
    /// </summary>
    private static async Task<string> SignIn(HttpClient app, HttpClient browser, string returnUrl)
    {
        var challenge = await app.GetAsync(new Uri("/auth/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = await browser.GetAsync(challenge.Headers.Location!, Ct);
        HttpResponseMessage callback;
        if (authorize.StatusCode == HttpStatusCode.Redirect)
        {
            callback = await app.GetAsync(new Uri(authorize.Headers.Location!.PathAndQuery, UriKind.Relative), Ct);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, authorize.StatusCode);
            var html = await authorize.Content.ReadAsStringAsync(Ct);
            var action = new Uri(WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value));
            var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            callback = await app.PostAsync(new Uri(action.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        }
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"callback answered {(int)callback.StatusCode}: {await callback.Content.ReadAsStringAsync(Ct)}");
        return callback.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
