using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Consents;

/// <summary>F11: consent decides what other organisations' team members see, and withdrawal bites at once.</summary>
public class ConsentingToTeamworkTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Consent_OpensTheCaseToNamedOrganisations_NarrowingHidesHealthData_AndExpiryCloses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        var page = $"/asiakkaat/{s.ClientId}";

        // A team member of another organisation, before any consent: nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);

        // Granted: the member reads the client, the health data included.
        var consentId = await s.GiveConsent();
        Assert.Equal(HttpStatusCode.OK, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        var html = await employment.GetStringAsync(new Uri(page, UriKind.Relative), Ct);
        Assert.Contains("Sote-, työllisyys- ja Kelan palvelut yhdessä", html, StringComparison.Ordinal);
        Assert.Contains("Pitkittynyt flunssa", html, StringComparison.Ordinal);

        // Narrowed to leave out health data: health items disappear for other organisations only.
        var narrow = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents/{consentId}/narrow", new
        {
            organisationIds = new[] { s.Organisations[DemoActors.EmploymentExpert], s.Organisations[TeamScenario.KelaWorker] },
            categories = new[] { "SocialWelfareData", "EmploymentData", "KelaBenefitsData" },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, narrow.StatusCode);
        html = await employment.GetStringAsync(new Uri(page, UriKind.Relative), Ct);
        Assert.Contains("Tiimiläinen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sote-, työllisyys- ja Kelan palvelut yhdessä", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pitkittynyt flunssa", html, StringComparison.Ordinal);
        // The timeline keeps the entries' times but not the titles that would tell what was assessed or recorded.
        Assert.Contains("Merkintä, jota asiakkaan nykyinen suostumus ei näytä sinulle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Riittävä tuki arvioitu", html, StringComparison.Ordinal);
        Assert.Contains("Riittävä tuki arvioitu", await s.Nurse.GetStringAsync(new Uri(page, UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Equal("[]", await employment.GetStringAsync(new Uri($"/api/clients/{s.ClientId}/self-assessments", UriKind.Relative), Ct));
        // The page says the assessments are hidden by the consent, never that none were filled in.
        var selfAssessmentPage = await employment.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/itsearvio", UriKind.Relative), Ct);
        Assert.Contains("suostumus ei anna organisaatiollesi terveystietoja", selfAssessmentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Arviota ei ole vielä täytetty", selfAssessmentPage, StringComparison.Ordinal);
        Assert.Contains("Sote-, työllisyys- ja Kelan palvelut yhdessä", await s.Nurse.GetStringAsync(new Uri(page, UriKind.Relative), Ct), StringComparison.Ordinal);
        var widen = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents/{consentId}/narrow",
            new { organisationIds = new[] { s.Organisations[DemoActors.EmploymentExpert] }, categories = new[] { "HealthData" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, widen.StatusCode);

        // Expired: the day after the last valid day, denied.
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 11, 23, 21, 59, 0, TimeSpan.Zero)); // 23.11.2027 23.59 in Helsinki: the last valid minute
        employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.OK, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));                                         // 24.11.2027 00.00: expired
        Assert.Equal(HttpStatusCode.NotFound, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        await using var db = app.NewDbContext();
        var last = await db.AccessLog.Where(e => e.ClientId == s.ClientId && e.UserId == s.People[DemoActors.EmploymentExpert].ToString())
            .OrderByDescending(e => e.Id).FirstAsync(Ct);
        Assert.Equal((false, "NoValidConsent"), (last.Allowed, last.Purpose));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdrawal_DeniesTheVeryNextRequestOfAnOpenSession_LogsTheDenial_AndNotifiesTheMembers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var consentId = await s.GiveConsent();
        var kela = await app.SignedInAs(TeamScenario.KelaWorker);
        var clientUrl = new Uri($"/api/clients/{s.ClientId}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await kela.GetAsync(clientUrl, Ct)).StatusCode);

        var withdraw = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents/{consentId}/withdraw",
            new { note = "Asiakas perui suostumuksen puhelimessa" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);

        // The same open session, next requests: every one denied.
        string[] routes = [$"/api/clients/{s.ClientId}", $"/api/clients/{s.ClientId}/cases", $"/api/clients/{s.ClientId}/team",
            $"/api/clients/{s.ClientId}/plan", $"/asiakkaat/{s.ClientId}", $"/asiakkaat/{s.ClientId}/tiimi"];
        int served = 0;
        foreach (var route in routes)
        {
            var r = await kela.GetAsync(new Uri(route, UriKind.Relative), Ct);
            if (r.IsSuccessStatusCode && (await r.Content.ReadAsStringAsync(Ct)).Contains("Tiimiläinen", StringComparison.Ordinal) || r.StatusCode == HttpStatusCode.OK && route.StartsWith("/api", StringComparison.Ordinal))
            {
                served++;
            }
        }
        TestContext.Current.SendDiagnosticMessage($"{provider}: requests served after withdrawal: {served} of {routes.Length}");
        Assert.Equal(0, served);

        await using var db = app.NewDbContext();
        var kelaId = s.People[TeamScenario.KelaWorker].ToString();
        var denials = await db.AccessLog.Where(e => e.ClientId == s.ClientId && e.UserId == kelaId && !e.Allowed).CountAsync(Ct);
        Assert.Equal(routes.Length, denials);
        var notified = await db.Notifications.Where(n => n.Kind == NotificationKind.ConsentWithdrawn).Select(n => n.RecipientId).ToListAsync(Ct);
        Assert.Equal(new[] { s.People[DemoActors.EmploymentExpert], s.People[TeamScenario.KelaWorker] }.Order(), notified.Order());

        // The notice names no client, and reading it is not a read of client data.
        var notices = await kela.GetStringAsync(new Uri("/api/notifications", UriKind.Relative), Ct);
        Assert.Contains("ConsentWithdrawn", notices, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiimiläinen", notices, StringComparison.Ordinal);
        Assert.DoesNotContain("010203A9057", await kela.GetStringAsync(new Uri("/ilmoitukset", UriKind.Relative), Ct), StringComparison.Ordinal);
        // A notice leads only where its reader may go now: the earlier "added to the team" says access was lost and links
        // nowhere, and a consent notice leads nowhere either.
        var items = JsonDocument.Parse(notices).RootElement.EnumerateArray().ToList();
        Assert.Contains(items, n => n.GetProperty("kind").GetString() == "AddedToTeam" && n.GetProperty("link").ValueKind == JsonValueKind.Null
            && n.GetProperty("accessLost").GetBoolean());
        Assert.All(items.Where(n => n.GetProperty("kind").GetString() == "ConsentWithdrawn"), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("link").ValueKind));
        var page = await kela.GetStringAsync(new Uri("/ilmoitukset", UriKind.Relative), Ct);
        Assert.DoesNotContain($"href=\"/asiakkaat/{s.ClientId}/tiimi\"", page, StringComparison.Ordinal);
        Assert.Contains("Et enää näe tämän asiakkaan tietoja", page, StringComparison.Ordinal);
        Assert.Contains("sovi jatkosta asiakkuuden työkykykoordinaattorin kanssa", page, StringComparison.Ordinal);

        // The client's own session can withdraw too; a second withdrawal is refused.
        var again = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents/{consentId}/withdraw", new { note = "" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ARecordedConsent_WithMissingParts_IsRefusedWithEveryFieldNamed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app, formTeam: false);
        var response = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents",
            new { organisationIds = Array.Empty<Guid>(), categories = Array.Empty<string>(), givenAs = "SignedOnPaper" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["categories", "documentReference", "organisationIds", "purpose", "validUntil"],
            errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task WithdrawingOnThePage_AsksForAConfirmation_AndWithoutItNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var consentId = await s.GiveConsent();
        var path = $"/asiakkaat/{s.ClientId}/suostumus";
        async Task<HttpResponseMessage> Withdraw(bool confirmed)
        {
            var page = await s.Coordinator_.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
            var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
            var form = new Dictionary<string, string> { ["_handler"] = $"withdraw-{consentId}", ["__RequestVerificationToken"] = token };
            if (confirmed)
            {
                form[$"confirm-{consentId}"] = "true";
            }
            return await s.Coordinator_.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form), Ct);
        }
        var unconfirmed = await Withdraw(confirmed: false);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vahvista peruminen rastittamalla vahvistuskohta.", await unconfirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Null((await db.Consents.SingleAsync(c => c.Id == consentId, Ct)).WithdrawnAt);
        }
        Assert.Equal(HttpStatusCode.OK, (await Withdraw(confirmed: true)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.NotNull((await db.Consents.SingleAsync(c => c.Id == consentId, Ct)).WithdrawnAt);
        }
        // The same withdrawal sent again from a tab opened before: the page says it is withdrawn already, not the framework.
        var again = await Withdraw(confirmed: true);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Suostumus on jo peruttu.", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
