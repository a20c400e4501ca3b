using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.FollowUp;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;
using WorkAbility.Web.Tests.Plans;

namespace WorkAbility.Web.Tests.Journeys;

/// <summary>F18-F24 as one journey through HTTP: the referral loop closes, follow-ups fall due and are met, support ends and the client returns.</summary>
public class FromPlanToEndTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> Post(HttpClient http, string path, object body) =>
        (await http.PostAsJsonAsync(path, body, Ct)).StatusCode;

    private static async Task<string?> Code(HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FromPlanToEnd_TheReferralLoopCloses_FollowUpsFallDue_AndTheClientCanReturn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var coaching = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct))
            .EnumerateArray().First().GetProperty("id").GetGuid();
        var nurseId = s.People[DemoActors.SoteNurse];
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan",
            PlanningTests.PlanBody(null, "Arvioidaan seurannassa", [coaching], nurseId), Ct)).StatusCode);
        var plan = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct);
        var actionId = plan.GetProperty("content").GetProperty("actions")[0].GetProperty("id").GetGuid();
        var goalIds = plan.GetProperty("content").GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()).ToList();

        await using (var db = app.NewDbContext())
        {
            var dues = await db.FollowUpDues.Where(d => db.SupportCases.Any(c => c.Id == d.SupportCaseId && c.ClientId == s.ClientId)).OrderBy(d => d.DueOn).Select(d => d.DueOn).ToListAsync(Ct);
            Assert.Equal(new DateOnly(2026, 12, 22), dues[0]);           // the plan's first follow-up, every 4 weeks after
            Assert.Equal(new DateOnly(2027, 1, 19), dues[1]);
        }

        // F32: the client already has this coaching (recorded in their network): a referral to it is refused until it has ended.
        var existing = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/existing-services", new
        {
            kind = "Employment", organisation = "Työllisyyspalvelut, valmennus", serviceId = coaching, contactPerson = "Veera Valmentaja",
            contact = "040 555 0101", since = "2026-10-01",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, existing.StatusCode);
        var existingId = (await existing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var already = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/referrals", new { actionId }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, already.StatusCode);
        Assert.Equal("referral_client_has_service", await Code(already));
        Assert.Contains("Työllisyyspalvelut, valmennus", await s.Coordinator_.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/tiimi", UriKind.Relative), Ct),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, await Post(s.Nurse, $"/api/clients/{s.ClientId}/existing-services/{existingId}/end", new { }));
        var network = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/existing-services", Ct);
        Assert.False(network.GetProperty("services")[0].GetProperty("current").GetBoolean());

        // F18: the referral goes to the employment services; a second one to the same service is refused.
        Assert.Equal(HttpStatusCode.Created, await Post(s.Nurse, $"/api/clients/{s.ClientId}/referrals", new { actionId, note = "IPS-valmennus" }));
        var duplicate = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/referrals", new { actionId }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("referral_duplicate", await Code(duplicate));

        // The provider's professional (not on the team) sees it in the inbox through the consent naming the provider.
        var coach = await app.SignedInAs("veera.valmentaja");
        // (The demo county's own referrals wait in the same inbox; this client's is the one we follow.)
        var inbox = (await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct)).GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("clientId").GetGuid() == s.ClientId).ToList();
        var referralId = Assert.Single(inbox).GetProperty("id").GetGuid();
        Assert.Equal(s.ClientId, inbox[0].GetProperty("clientId").GetGuid());
        var tooEarly = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Started" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal("referral_transition_not_allowed", await Code(tooEarly));
        foreach (var step in new[] { "Received", "Accepted", "Started" })
        {
            Assert.Equal(HttpStatusCode.NoContent, await Post(coach, $"/api/referrals/{referralId}/status", new { status = step }));
        }
        // The sending side cannot move the provider's statuses; an outsider does not even see the referral.
        Assert.Equal(HttpStatusCode.Conflict, (await s.Nurse.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Completed" }, Ct)).StatusCode);
        var outsider = await app.SignedInAs("paula.psykologi");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/referrals/{referralId}", UriKind.Relative), Ct)).StatusCode);
        var referrals = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/referrals", Ct);
        Assert.Equal("Started", referrals[0].GetProperty("status").GetString());
        // The sender's notices say which referral moved and where it stands now, and lead to it.
        var moved = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "ReferralStatusChanged").ToList();
        Assert.Equal(3, moved.Count);
        Assert.All(moved, n => Assert.Equal($"/lahetteet/{referralId}", n.GetProperty("link").GetString()));
        Assert.All(moved, n => Assert.Equal("Started", n.GetProperty("subjectStatus").GetString()));
        Assert.All(moved, n => Assert.False(string.IsNullOrEmpty(n.GetProperty("subject").GetString())));
        Assert.Contains("Lähete:", await s.Nurse.GetStringAsync(new Uri("/ilmoitukset", UriKind.Relative), Ct), StringComparison.Ordinal);

        // Time passes past the first follow-up: the reminder job reminds the case manager once; the worklist shows it overdue.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The demo county's own follow-ups fall due in these weeks too; this client's is reminded among them, once.
            Assert.True(await scope.ServiceProvider.GetRequiredService<FollowUpReminders>().RunOnce(Ct) >= 1);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FollowUpReminders>().RunOnce(Ct));
        }
        await using (var db = app.NewDbContext())
        {
            var caseId = await db.SupportCases.Where(c => c.ClientId == s.ClientId).Select(c => c.Id).SingleAsync(Ct);
            Assert.NotNull((await db.FollowUpDues.SingleAsync(d => d.SupportCaseId == caseId && d.DueOn == new DateOnly(2026, 12, 22), Ct)).RemindedAt);
        }
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        coach = await app.SignedInAs("veera.valmentaja");     // sessions lapse after 30 idle minutes
        var worklist = await nurse.GetFromJsonAsync<JsonElement>("/api/worklist?risk=FollowUpOverdue", Ct);
        var row = Assert.Single(worklist.GetProperty("rows").EnumerateArray(), r => r.GetProperty("clientId").GetGuid() == s.ClientId);
        Assert.Equal(9, row.GetProperty("daysOverdue").GetInt32());
        Assert.Contains("FollowUpOverdue", row.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("code").GetString()));

        // A contact meets the overdue follow-up; a review evaluates every goal and moves the case to follow-up.
        Assert.Equal(HttpStatusCode.Created, await Post(nurse, $"/api/clients/{s.ClientId}/follow-up/contacts",
            new { contactOn = "2026-12-31", channel = "Phone", summary = "Valmennus alkanut hyvin" }));
        Assert.DoesNotContain((await nurse.GetFromJsonAsync<JsonElement>("/api/worklist?risk=FollowUpOverdue", Ct)).GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("clientId").GetGuid() == s.ClientId);
        var incomplete = await nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/follow-up/reviews", new { need = "Reduced" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal(HttpStatusCode.Created, await Post(nurse, $"/api/clients/{s.ClientId}/follow-up/reviews", new
        {
            goals = goalIds.ToDictionary(g => g.ToString(), g => new { progress = "Progressing", note = "Etenee" }),
            servicesEffectiveness = "IPS-valmennus toimii",
            need = "Reduced",
        }));

        // F19: the coach completes the referral with its employment outcome.
        var noHours = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status",
            new { status = "Completed", gotHelp = true, deliveredAmount = 14, deliveredUnit = "Visits", employmentOutcome = "PaidWork" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noHours.StatusCode);
        var completed = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status",
            new { status = "Completed", gotHelp = true, deliveredAmount = 14, deliveredUnit = "Visits", employmentOutcome = "PaidWorkWithWageSubsidy", hoursPerWeek = 30, employer = "Demo Oy" }, Ct);
        Assert.True(completed.StatusCode == HttpStatusCode.NoContent, await completed.Content.ReadAsStringAsync(Ct));
        // The loop is closed: the provider no longer sees the client.
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(new Uri($"/api/referrals/{referralId}", UriKind.Relative), Ct)).StatusCode);

        // F23: the case ends with an outcome and a continuity note, and the client returns to the same case.
        var noOutcome = await nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/cases/end", new { closingEvaluation = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, await Post(nurse, $"/api/clients/{s.ClientId}/cases/end",
            new { outcome = "Employed", closingEvaluation = "Työllistyi palkkatuella", continuityNote = "Työterveys jatkaa seurantaa" }));
        // Ended means read-only: the plan page shows no form, only the plan and where to reopen.
        var endedPlan = await nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suunnitelma", UriKind.Relative), Ct);
        Assert.Contains("Tuki on päättynyt, joten suunnitelmaa ei enää muokata.", endedPlan, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Plan.BasedOnVersion\"", endedPlan, StringComparison.Ordinal);
        var coordinator = await app.SignedInAs(TeamScenario.Coordinator);
        Assert.Equal(HttpStatusCode.NoContent, await Post(coordinator, $"/api/clients/{s.ClientId}/cases/reopen", new { reason = "Työsuhde päättyi koeajalla" }));

        await using var check = app.NewDbContext();
        var supportCase = await check.SupportCases.Include(c => c.Events).SingleAsync(c => c.ClientId == s.ClientId, Ct);
        Assert.Equal(CaseStage.NeedAssessment, supportCase.Stage);
        Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.Ended && e.Note == "Työllistyi palkkatuella");
        Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.FollowUpReviewed);
        Assert.Equal(0, await check.FollowUpDues.CountAsync(d => d.SupportCaseId == supportCase.Id && d.MetOn == null, Ct));           // ending dropped the open follow-ups
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.Kind == NotificationKind.FollowUpDue && n.RecipientId == nurseId && n.SupportCaseId == supportCase.Id, Ct));
        var referral = await check.Referrals.SingleAsync(r => r.SupportCaseId == supportCase.Id, Ct);
        Assert.Equal((ReferralStatus.Completed, (int?)30, ReferralOutcomeCode.GotHelp, (int?)14), (referral.Status, referral.HoursPerWeek, referral.OutcomeCode, referral.DeliveredAmount));
        var resources = await check.AccessLog.Where(e => e.ClientId == s.ClientId).Select(e => e.Resource + (e.Allowed ? "" : ":denied")).ToListAsync(Ct);
        foreach (var expected in new[] { "referral.send", "referral.inbox", "referral.move", "worklist", "follow-up.contact", "follow-up.review", "case.end", "case.reopen", "referral.view:denied" })
        {
            Assert.Contains(expected, resources);
        }
    }
}
