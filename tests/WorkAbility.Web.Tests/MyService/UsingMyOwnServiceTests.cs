using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.MyService;

/// <summary>
/// F27, F30, F36: the client's own service through <c>/api/me</c> and <c>/oma</c> — what they see of
/// their path, plan and team, withdrawing consent for one organisation (refused on its next
/// request), who has seen their data (a refused attempt without the reader), feedback, language —
/// and that nobody else reaches any of it.
/// </summary>
public class UsingMyOwnServiceTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] OwnRoutes =
    [
        "/api/me", "/api/me/plan", "/api/me/team", "/api/me/consents", "/api/me/self-assessments", "/api/me/access-log", "/api/me/access-log.csv",
        "/oma", "/oma/suunnitelma", "/oma/tiimi", "/oma/itsearvio", "/oma/suostumukset", "/oma/katselut", "/oma/palaute",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheClient_SeesTheirPath_Plan_Team_AndMeeting_WithdrawsOneOrganisation_AndReadsWhoHasSeenTheirData(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var consentId = await s.GiveConsent();
        var services = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=vastaanotto", Ct)).EnumerateArray()
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct)).EnumerateArray())
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=Arkeen voimaa", Ct)).EnumerateArray())
            .Select(e => e.GetProperty("id").GetGuid()).Take(3).ToList();
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan",
            Plans.PlanningTests.PlanBody(null, "Ensimmäinen versio", services, s.People[DemoActors.SoteNurse], s.Organisations[DemoActors.EmploymentExpert]), Ct)).StatusCode);
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var convened = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new
        {
            proposedStarts = new[] { start }, durationMinutes = 60, place = "Esikylän sote-keskus, neuvotteluhuone 2",
            participantIds = new[] { s.People[TeamScenario.KelaWorker] }, clientTakesPart = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, convened.StatusCode);
        var meetingId = (await convened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var home = await me.GetFromJsonAsync<JsonElement>("/api/me", Ct);
        // Saving the plan moved the case on to services.
        Assert.Equal("Services", home.GetProperty("case").GetProperty("stage").GetString());
        var steps = home.GetProperty("case").GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal("Current", steps.Single(x => x.GetProperty("step").GetString() == "Services").GetProperty("state").GetString());
        Assert.Equal("Done", steps.Single(x => x.GetProperty("step").GetString() == "Team").GetProperty("state").GetString());
        Assert.Equal("Done", steps.Single(x => x.GetProperty("step").GetString() == "Coordinator").GetProperty("state").GetString());
        Assert.Equal("Sari Koordinaattori", home.GetProperty("coordinator").GetProperty("name").GetString());
        Assert.Equal("Hanna Hoitaja", home.GetProperty("caseManager").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(home.GetProperty("caseManager").GetProperty("phone").GetString()));
        Assert.Equal(meetingId, home.GetProperty("nextMeeting").GetProperty("id").GetGuid());
        Assert.Contains(home.GetProperty("questions").EnumerateArray(), q => q.GetProperty("code").GetString() == "measure.Start");

        // The invitation is the client's own: a valid calendar file naming no attendee to answer for.
        var ics = await me.GetAsync(new Uri($"/api/me/meetings/{meetingId}/invitation.ics", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync(Ct))!;
        Assert.DoesNotContain(calendar.Events.Single().Attendees, a => a.Rsvp);
        var unknownMeeting = await me.GetAsync(new Uri($"/api/me/meetings/{Guid.NewGuid()}/invitation.ics", UriKind.Relative), Ct);
        Assert.True(unknownMeeting.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict, $"unknown meeting: {(int)unknownMeeting.StatusCode}");

        // My plan: my goal, my own tasks first, services in words.
        var plan = await me.GetFromJsonAsync<JsonElement>("/api/me/plan", Ct);
        Assert.Equal("Haluan takaisin töihin, kunhan jaksan.", plan.GetProperty("clientGoal").GetString());
        var planSteps = plan.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(3, planSteps.Count);
        Assert.True(planSteps[0].GetProperty("mine").GetBoolean());
        Assert.All(planSteps, x => Assert.False(string.IsNullOrEmpty(x.GetProperty("title").GetString())));
        Assert.Equal("Hanna Hoitaja", planSteps.Single(x => !x.GetProperty("mine").GetBoolean() && x.GetProperty("who").GetString() == "Hanna Hoitaja").GetProperty("who").GetString());

        // My team: the members, the case manager marked, and the close person I chose.
        var team = await me.GetFromJsonAsync<JsonElement>("/api/me/team", Ct);
        var members = team.GetProperty("members").EnumerateArray().ToList();
        Assert.Contains(members, m => m.GetProperty("person").GetProperty("name").GetString() == "Teemu Työllisyys");
        Assert.True(members.Single(m => m.GetProperty("person").GetProperty("name").GetString() == "Hanna Hoitaja").GetProperty("isCaseManager").GetBoolean());
        Assert.Equal("Liisa Tiimiläinen", team.GetProperty("closePerson").GetString());

        // The self-assessment: a wrong answer is a field error; a full one is kept and shows on the team's side.
        var bad = await me.PostAsJsonAsync("/api/me/self-assessments", new Dictionary<string, string> { ["was"] = "11" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var filled = await me.PostAsJsonAsync("/api/me/self-assessments", new Dictionary<string, string>
        {
            ["was"] = "7", ["body"] = "3", ["activities"] = "3", ["participation"] = "2", ["environment"] = "3", ["resources"] = "4", ["working"] = "no",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, filled.StatusCode);
        var mine = (await me.GetFromJsonAsync<JsonElement>("/api/me/self-assessments", Ct)).EnumerateArray().Single();
        Assert.Equal("Client", mine.GetProperty("filledBy").GetString());
        // The team sees it where they assess the need.
        var assessment = await s.Nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/arvio", UriKind.Relative), Ct);
        Assert.Contains("Asiakkaan oma arvio työkyvystä", assessment, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">7</td>", assessment);

        // Withdrawing the consent for Kela only: Kela's next request is refused, the employment expert still sees the client.
        var kela = await app.SignedInAs(TeamScenario.KelaWorker);
        Assert.Equal(HttpStatusCode.OK, (await kela.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        var narrowed = await me.PostAsJsonAsync($"/api/me/consents/{consentId}/narrow", new
        {
            organisationIds = new[] { s.Organisations[DemoActors.EmploymentExpert] },
            categories = new[] { "HealthData", "SocialWelfareData", "EmploymentData", "KelaBenefitsData" },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, narrowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kela.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        var employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.OK, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        // Widening is refused as a field error, not a 500.
        var widen = await me.PostAsJsonAsync($"/api/me/consents/{consentId}/narrow", new { organisationIds = new[] { s.Organisations[TeamScenario.KelaWorker] } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, widen.StatusCode);

        // Who has seen my data: the employment expert by name and organisation; Kela's refused attempt without the reader.
        // Their own views would swamp who else has looked: they are listed only when asked for.
        var others = (await me.GetFromJsonAsync<JsonElement>("/api/me/access-log", Ct)).GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(others);
        Assert.DoesNotContain(others, e => e.GetProperty("you").GetBoolean());
        var log = await me.GetFromJsonAsync<JsonElement>("/api/me/access-log?own=true", Ct);
        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("who").GetString() == "Teemu Työllisyys" && e.GetProperty("allowed").GetBoolean());
        var refused = entries.Where(e => !e.GetProperty("allowed").GetBoolean()).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, e =>
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("who").ValueKind);
            Assert.Equal(JsonValueKind.Null, e.GetProperty("organisation").ValueKind);
        });
        // Kela's read while the consent named it is shown by name; its refused attempt afterwards is not attributed.
        Assert.Single(entries, e => e.GetProperty("who").GetString()?.StartsWith("Kaisa ", StringComparison.Ordinal) == true);
        // Reading the list is itself an entry, the newest one.
        Assert.Equal("AccessLog", entries[0].GetProperty("topic").GetString());
        // Filtered by organisation and period; the CSV carries the same lines in invariant time format.
        var employmentOrg = s.Organisations[DemoActors.EmploymentExpert];
        var filtered = await me.GetFromJsonAsync<JsonElement>($"/api/me/access-log?organisation={employmentOrg}&from=2026-11-01&to=2026-11-30", Ct);
        Assert.All(filtered.GetProperty("entries").EnumerateArray(), e => Assert.Equal("Teemu Työllisyys", e.GetProperty("who").GetString()));
        var csv = await me.GetStringAsync(new Uri("/api/me/access-log.csv", UriKind.Relative), Ct);
        Assert.Contains("Teemu Työllisyys", csv, StringComparison.Ordinal);
        // Finnish time with its offset, as the page shows it; semicolons, as Excel in Finland reads them.
        Assert.Matches(@"\r\n\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00;", csv);
        Assert.DoesNotContain('\u2212', csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.GetAsync(new Uri("/api/me/access-log?from=2026-11-30&to=2026-11-01", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.GetAsync(new Uri($"/api/me/access-log?organisation={Guid.NewGuid()}", UriKind.Relative), Ct)).StatusCode);
        Assert.True((int)(await me.GetAsync(new Uri("/api/me/access-log?from=x&page=-3", UriKind.Relative), Ct)).StatusCode < 500);
        var farPage = await me.GetAsync(new Uri("/api/me/access-log?page=2147483647", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, farPage.StatusCode);
        Assert.Equal(0, (await farPage.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("entries").GetArrayLength());

        // Every page of the client's own service answers, with the promises of the home page kept.
        foreach (var page in OwnRoutes)
        {
            var r = await me.GetAsync(new Uri(page, UriKind.Relative), Ct);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{page}: {(int)r.StatusCode}");
        }
        var root = await me.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.EndsWith("/oma", root.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feedback_IsCountedForTheCase_NeverShownToProfessionals_AndBadAnswersAreFieldErrors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var empty = await me.PostAsJsonAsync("/api/me/feedback", new { comment = "  " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("heard", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var outOfRange = await me.PostAsJsonAsync("/api/me/feedback", new { heard = 0, planClear = 9 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var malformed = await me.PostAsync(new Uri("/api/me/feedback", UriKind.Relative), new StringContent("{\"heard\": \"viisi\"", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync("/api/me/feedback", new { heard = 5, planClear = 4, helped = 3, comment = "Kiitos" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var given = await db.Feedback.SingleAsync(f => db.SupportCases.Any(c => c.Id == f.SupportCaseId && c.ClientId == s.ClientId), Ct);
            Assert.Equal((5, 4, 3), (given.Heard, given.PlanClear, given.Helped));
            Assert.Equal(WorkAbility.Domain.Cases.CaseStage.Team, given.Stage);   // no plan yet in this scenario
        }
        // Nothing a professional reads carries the answer.
        foreach (var path in new[] { $"/api/clients/{s.ClientId}", $"/api/clients/{s.ClientId}/cases", $"/api/clients/{s.ClientId}/team", $"/asiakkaat/{s.ClientId}" })
        {
            Assert.DoesNotContain("Kiitos", await s.Nurse.GetStringAsync(new Uri(path, UriKind.Relative), Ct), StringComparison.Ordinal);
        }

        // The language: stored, and it makes the next page speak it.
        var language = await me.PutAsJsonAsync("/api/me/language", new { language = "sv" }, Ct);
        Assert.Equal(HttpStatusCode.OK, language.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PutAsJsonAsync("/api/me/language", new { language = "de" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PutAsJsonAsync("/api/me/language", new { }, Ct)).StatusCode);
        var again = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var swedish = await again.GetStringAsync(new Uri("/oma", UriKind.Relative), Ct);
        Assert.Contains("Min sida", swedish, StringComparison.Ordinal);
        // The same choice on the page: saved, and the next page speaks it.
        var token = System.Text.RegularExpressions.Regex.Match(swedish, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var chosen = await again.PostAsync(new Uri("/oma", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "language", ["__RequestVerificationToken"] = token, ["Language"] = "en",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("My page", await again.GetStringAsync(new Uri("/oma", UriKind.Relative), Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal("en", (await db.Clients.SingleAsync(c => c.Id == s.ClientId, Ct)).PreferredLanguage);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NobodyButTheClient_ReachesTheClientsOwnService_AndAnotherClientSeesOnlyTheirOwn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var otherId = await DemoActors.RegisterClient(s.Nurse, "020304A906Y", lastName: "Toinen");
        var other = await app.SignedInAs("asiakas-" + otherId.ToString("N"));
        foreach (var route in OwnRoutes)
        {
            var anonymous = await app.CreateBrowserLikeClient().GetAsync(new Uri(route, UriKind.Relative), Ct);
            Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized || anonymous.Headers.Location?.OriginalString.Contains("/sign-in", StringComparison.Ordinal) == true,
                $"{route} anonymous: {(int)anonymous.StatusCode}");
            foreach (var staff in new[] { DemoActors.SoteNurse, TeamScenario.Coordinator, DemoActors.Manager, DemoActors.Administrator })
            {
                var r = await (await app.SignedInAs(staff)).GetAsync(new Uri(route, UriKind.Relative), Ct);
                Assert.True(r.StatusCode is HttpStatusCode.NotFound || r.Headers.Location?.OriginalString.Contains("/not-found", StringComparison.Ordinal) == true,
                    $"{route} as {staff}: {(int)r.StatusCode}");
            }
            var mine = await other.GetAsync(new Uri(route, UriKind.Relative), Ct);
            Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{route} as another client: {(int)mine.StatusCode}");
            var body = await mine.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("Tiimiläinen", body, StringComparison.Ordinal);
            Assert.DoesNotContain(s.ClientId.ToString(), body, StringComparison.Ordinal);
        }
        // A consent of another client cannot be withdrawn through /api/me: the same 404 as a consent that does not exist.
        var consentId = await s.GiveConsent();
        var foreign = await other.PostAsJsonAsync($"/api/me/consents/{consentId}/withdraw", new { }, Ct);
        var missing = await other.PostAsJsonAsync($"/api/me/consents/{Guid.NewGuid()}/withdraw", new { }, Ct);
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        Assert.True(foreign.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict);
        await using var db = app.NewDbContext();
        Assert.Null((await db.Consents.SingleAsync(c => c.Id == consentId, Ct)).WithdrawnAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AConsentPreparedForTheTeam_OpensNothing_UntilTheClientConfirmsItOnline_AndTheTeamSeesItConfirmed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var prepared = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/consents", new
        {
            organisationIds = new[] { s.Organisations[DemoActors.EmploymentExpert] },
            categories = new[] { "HealthData", "EmploymentData" },
            purpose = "Ehdotetun tiimin yhteistyö",
            validUntil = "2026-12-10",
            givenAs = "ClientConfirmsOnline",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var consentId = (await prepared.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.NotFound, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);

        var me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var mine = (await me.GetFromJsonAsync<JsonElement>("/api/me/consents", Ct)).EnumerateArray().Single();
        Assert.True(mine.GetProperty("awaitingConfirmation").GetBoolean());
        Assert.False(mine.GetProperty("validNow").GetBoolean());
        // Not in force yet, so it is not "ending soon" either; once confirmed it is, and the client is told.
        static bool AskedAboutEndingConsent(JsonElement home) =>
            home.GetProperty("questions").EnumerateArray().Any(q => q.GetProperty("code").GetString() == "consent.ending");
        Assert.False(AskedAboutEndingConsent(await me.GetFromJsonAsync<JsonElement>("/api/me", Ct)));
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsync(new Uri($"/api/me/consents/{consentId}/confirm", UriKind.Relative), null, Ct)).StatusCode);
        Assert.True(AskedAboutEndingConsent(await me.GetFromJsonAsync<JsonElement>("/api/me", Ct)));
        Assert.Equal(HttpStatusCode.Conflict, (await me.PostAsync(new Uri($"/api/me/consents/{consentId}/confirm", UriKind.Relative), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await employment.GetAsync(new Uri($"/api/clients/{s.ClientId}", UriKind.Relative), Ct)).StatusCode);
        var seen = (await s.Coordinator_.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/consents", Ct)).EnumerateArray().Single();
        Assert.Equal(JsonValueKind.String, seen.GetProperty("confirmedAt").ValueKind);
        Assert.Contains("vahvisti sähköisesti", await s.Coordinator_.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suostumus", UriKind.Relative), Ct), StringComparison.Ordinal);
        // A professional cannot confirm on the client's behalf: /api/me is the client's alone.
        Assert.Equal(HttpStatusCode.NotFound, (await s.Coordinator_.PostAsync(new Uri($"/api/me/consents/{consentId}/confirm", UriKind.Relative), null, Ct)).StatusCode);
    }
}
