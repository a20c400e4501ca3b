using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.FollowUp;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;
using WorkAbility.Web.Tests.Plans;

namespace WorkAbility.Web.Tests.Referrals;

/// <summary>
/// F41 through HTTP: referrals made outside the network and their outcomes; the continuity plan reaching every
/// organisation still serving the client when support ends, acknowledged or told to the case manager; the providers'
/// figures in the decision-makers' view.
/// </summary>
public class ClosingEveryLoopTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReferralOutsideTheNetwork_IsRecorded_ShownOnThePlan_AndClosedWithItsOutcome(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var path = $"/api/clients/{s.ClientId}/external-referrals";
        var wrong = await s.Nurse.PostAsJsonAsync(path, new { receiver = "Kela", receiverName = "", what = "Ammatillinen kuntoutus", sentOn = "2026-11-30" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var body = await wrong.Content.ReadAsStringAsync(Ct);
        Assert.Contains("receiverName", body, StringComparison.Ordinal);
        Assert.Contains("sentOn", body, StringComparison.Ordinal); // 30 Nov is after the app's today (23 Nov)
        var created = await s.Nurse.PostAsJsonAsync(path, new
        {
            receiver = "Kela", receiverName = "Kela, Demo-alueen palvelu", what = "Ammatillinen kuntoutusselvitys", sentOn = "2026-11-20", expectedBy = "2027-01-15",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        // A professional outside the case does not even see the client.
        var outsider = await app.SignedInAs("paula.psykologi");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri(path, UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(path, new { receiver = "Kela", receiverName = "x", what = "y", sentOn = "2026-11-20" }, Ct)).StatusCode);

        Assert.Contains("Ammatillinen kuntoutusselvitys (Kela, Demo-alueen palvelu)", await s.Nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suunnitelma", UriKind.Relative), Ct),
            StringComparison.Ordinal);
        var listed = Assert.Single((await s.Nurse.GetFromJsonAsync<JsonElement>(path, Ct)).EnumerateArray());
        Assert.Equal(("Kela", true), (listed.GetProperty("receiver").GetString(), listed.GetProperty("isWaiting").GetBoolean()));

        var other = await s.Nurse.PostAsJsonAsync($"{path}/{id}/outcome", new { code = "Other", on = "2026-11-22" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        var beforeSent = await s.Nurse.PostAsJsonAsync($"{path}/{id}/outcome", new { code = "GotHelp", on = "2026-11-19" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, beforeSent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"{path}/{id}/outcome", new { code = "NotEligible", on = "2026-11-22", note = "Kielteinen päätös" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Nurse.PostAsJsonAsync($"{path}/{id}/outcome", new { code = "GotHelp", on = "2026-11-22" }, Ct)).StatusCode);
        listed = Assert.Single((await s.Nurse.GetFromJsonAsync<JsonElement>(path, Ct)).EnumerateArray());
        Assert.Equal("NotEligible", listed.GetProperty("outcomeCode").GetString());
        var page = await s.Nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/lahetteet/muualle/{id}", UriKind.Relative), Ct);
        Assert.Contains("Kielteinen päätös tai ei kuulu kohderyhmään", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ammatillinen kuntoutusselvitys (Kela", await s.Nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suunnitelma", UriKind.Relative), Ct),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WhenSupportEnds_EveryOrganisationStillServing_GetsTheContinuityPlan_AndAcknowledgesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var coaching = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct))
            .EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan",
            PlanningTests.PlanBody(null, "Arvioidaan seurannassa", [coaching], s.People[DemoActors.SoteNurse]), Ct)).StatusCode);
        var plan = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct);
        var actionId = plan.GetProperty("content").GetProperty("actions")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/referrals", new { actionId }, Ct)).StatusCode);
        var referralId = (await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/referrals", Ct))[0].GetProperty("id").GetGuid();
        var coach = await app.SignedInAs("veera.valmentaja");
        foreach (var step in new[] { "Received", "Accepted", "Started" })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = step }, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/cases/end",
            new { outcome = "Employed", closingEvaluation = "Työllistyi", continuityNote = "Valmennus jatkuu kevääseen; työterveys seuraa" }, Ct)).StatusCode);

        // The employment services still coach the client: their staff are told and the notice leads to the plan.
        var notice = (await coach.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "ContinuityNote");
        var link = notice.GetProperty("link").GetString()!;
        var handoffId = Guid.Parse(link.Split('/')[^1]);
        var shown = await coach.GetFromJsonAsync<JsonElement>($"/api/continuity/{handoffId}", Ct);
        Assert.Equal("Valmennus jatkuu kevääseen; työterveys seuraa", shown.GetProperty("continuityNote").GetString());
        Assert.Contains("Valmennus jatkuu kevääseen", await coach.GetStringAsync(new Uri(link, UriKind.Relative), Ct), StringComparison.Ordinal);
        // The inbox lists what waits to be acknowledged, so an older plan is found without its notice.
        Assert.Contains($"href=\"/jatkuvuus/{handoffId}\"", await coach.GetStringAsync(new Uri("/lahetteet", UriKind.Relative), Ct), StringComparison.Ordinal);
        // Nobody else opens it: not the holding organisation's nurse, not another provider.
        Assert.Equal(HttpStatusCode.NotFound, (await s.Nurse.GetAsync(new Uri($"/api/continuity/{handoffId}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs("anni.jarjesto")).PostAsJsonAsync($"/api/continuity/{handoffId}/acknowledge", new { }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var caseId = await db.SupportCases.Where(c => c.ClientId == s.ClientId).Select(c => c.Id).SingleAsync(Ct);
            Assert.Single(await db.ContinuityHandoffs.Where(h => h.SupportCaseId == caseId).ToListAsync(Ct)); // the sote-centre holds it and is not told
            Assert.Contains(await db.AccessLog.Where(e => e.ClientId == s.ClientId).Select(e => e.Resource).ToListAsync(Ct), r => r == "continuity.view");
        }

        // Unacknowledged after seven days: the case manager is told, once.
        app.Clock.Advance(TimeSpan.FromDays(8));
        async Task<int> Round()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ContinuityReminders>().RunOnce(Ct);
        }
        await Round();
        await Round();
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.ContinuityUnacknowledged && n.SubjectId == handoffId &&
                n.RecipientId == s.People[DemoActors.SoteNurse], Ct));
        }
        coach = await app.SignedInAs("veera.valmentaja");
        // On the page, twice (a second click, another tab): both answer in Finnish, the second as the same fact.
        foreach (var _ in new[] { 1, 2 })
        {
            var acknowledged = await PageForms.Post(coach, link, "acknowledge", []);
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
            Assert.Contains("Jatkosuunnitelma kuitattu luetuksi.", await acknowledged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await coach.PostAsJsonAsync($"/api/continuity/{handoffId}/acknowledge", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coach.PostAsJsonAsync($"/api/continuity/{handoffId}/acknowledge", new { }, Ct)).StatusCode);
        Assert.Equal(JsonValueKind.String, (await coach.GetFromJsonAsync<JsonElement>($"/api/continuity/{handoffId}", Ct)).GetProperty("acknowledgedAt").ValueKind);
        Assert.DoesNotContain($"href=\"/jatkuvuus/{handoffId}\"", await coach.GetStringAsync(new Uri("/lahetteet", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDecisionMakers_SeeEachProvidersFigures_AndAManagerOnlyTheirOwn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var decider = await app.SignedInAs("paivi.paattaja");
        var stats = await decider.GetFromJsonAsync<JsonElement>("/api/statistics/overview?from=2025-12&to=2026-11", Ct);
        var providers = stats.GetProperty("providers").EnumerateArray().ToList();
        Assert.True(providers.Count >= 4, $"{providers.Count} providers");
        Assert.Contains(providers, p => p.GetProperty("figures").GetProperty("medianAcceptanceDays").ValueKind is JsonValueKind.Number);
        Assert.Contains(providers, p => p.GetProperty("figures").GetProperty("answeredInTime").GetProperty("percent").ValueKind is JsonValueKind.Number);
        // Every shown count is 0 or at least five: small groups stay hidden.
        foreach (var p in providers)
        {
            foreach (var cell in p.GetProperty("figures").GetProperty("declineReasons").EnumerateArray())
            {
                var value = cell.GetProperty("count").GetProperty("value");
                Assert.True(value.ValueKind is JsonValueKind.Null || value.GetInt32() is 0 or >= 5, value.GetRawText());
            }
        }
        var page = await decider.GetStringAsync(new Uri("/tilastot", UriKind.Relative), Ct);
        Assert.Contains("data-figure=\"providers\"", page, StringComparison.Ordinal);
        var manager = await app.SignedInAs("johanna.johtaja");
        var own = (await manager.GetFromJsonAsync<JsonElement>("/api/statistics/overview", Ct)).GetProperty("providers").EnumerateArray().ToList();
        Assert.True(own.Count <= 1);
        await using var db = app.NewDbContext();
        var managersOrganisation = await db.Professionals.Where(p => p.Username == "johanna.johtaja").Select(p => p.OrganisationId).SingleAsync(Ct);
        Assert.All(own, p => Assert.Equal(managersOrganisation, p.GetProperty("figures").GetProperty("providerId").GetGuid()));
    }
}
