using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Referrals;
using WorkAbility.Web.Fhir;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Fhir;
using WorkAbility.Web.Tests.Infrastructure;
using WorkAbility.Web.Tests.Plans;
using FhirTask = Hl7.Fhir.Model.Task;

namespace WorkAbility.Web.Tests.Referrals;

/// <summary>
/// F41 through HTTP: the provider's own staff keep its capacity and the team sees it before sending; each referral has its
/// respond-by day, the late one is told to the provider and the sending team once and at 14 working days to the
/// coordinator and the radar; declines carry a code, in the API and in FHIR.
/// </summary>
public class HoldingProvidersToServiceLevelsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TeamScenario S, Guid ServiceId, Guid ReferralId)> Referred(WorkAbilityApp app)
    {
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var coaching = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct))
            .EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan",
            PlanningTests.PlanBody(null, "Arvioidaan seurannassa", [coaching], s.People[DemoActors.SoteNurse]), Ct)).StatusCode);
        var plan = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct);
        var actionId = plan.GetProperty("content").GetProperty("actions")[0].GetProperty("id").GetGuid();
        var sent = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/referrals", new { actionId }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referrals = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/referrals", Ct);
        return (s, coaching, referrals[0].GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task TheProvidersStaff_KeepItsCapacity_AndTheTeamSeesItBeforeSending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var coaching = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct))
            .EnumerateArray().First().GetProperty("id").GetGuid();
        var coach = await app.SignedInAs("veera.valmentaja");
        var shown = await coach.GetFromJsonAsync<JsonElement>($"/api/services/{coaching}/capacity", Ct);
        Assert.True(shown.GetProperty("mayChange").GetBoolean());
        var version = shown.GetProperty("version").GetString();

        // A waiting list needs its weeks; another organisation's staff cannot say how much room the provider has.
        var noWeeks = await coach.PutAsJsonAsync($"/api/services/{coaching}/capacity", new { capacity = "Waitlist", version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noWeeks.StatusCode);
        Assert.Contains("waitWeeks", await noWeeks.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stranger = await s.Nurse.PutAsJsonAsync($"/api/services/{coaching}/capacity", new { capacity = "NoCapacity" }, Ct);
        Assert.False(stranger.IsSuccessStatusCode);
        Assert.Contains("capacity_provider_only", await stranger.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/services/{coaching}/capacity", Ct)).GetProperty("mayChange").GetBoolean());
        // The decision-maker reads it too (the catalogue shows it to everyone) and may not change it.
        Assert.False((await (await app.SignedInAs("paivi.paattaja")).GetFromJsonAsync<JsonElement>($"/api/services/{coaching}/capacity", Ct)).GetProperty("mayChange").GetBoolean());
        var unknown = await coach.PutAsJsonAsync($"/api/services/{coaching}/capacity", new { capacity = "Plenty", version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await coach.PutAsJsonAsync($"/api/services/{coaching}/capacity",
            new { capacity = "Waitlist", waitWeeks = 6, version }, Ct)).StatusCode);
        // A change made on the version read before it is a conflict, not an overwrite.
        Assert.Equal(HttpStatusCode.Conflict, (await coach.PutAsJsonAsync($"/api/services/{coaching}/capacity",
            new { capacity = "Available", version }, Ct)).StatusCode);
        var now = await coach.GetFromJsonAsync<JsonElement>($"/api/services/{coaching}/capacity", Ct);
        Assert.Equal(("Waitlist", 6, 2), (now.GetProperty("capacity").GetString(), now.GetProperty("waitWeeks").GetInt32(), now.GetProperty("respondWithinDays").GetInt32()));

        // The inbox lists the provider's own services with their capacity; the catalogue and the plan's service choice show it.
        var inbox = await coach.GetStringAsync(new Uri("/lahetteet", UriKind.Relative), Ct);
        Assert.Contains($"href=\"/lahetteet/palvelut/{coaching}\"", inbox, StringComparison.Ordinal);
        Assert.Contains("Jonoa noin 6 viikkoa", inbox, StringComparison.Ordinal);
        Assert.Contains("Jonoa noin 6 viikkoa", await s.Nurse.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suunnitelma", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Contains("Jonoa noin 6 viikkoa", await s.Nurse.GetStringAsync(new Uri("/palvelut", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(new Uri($"/lahetteet/palvelut/{coaching}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(new Uri($"/lahetteet/palvelut/{Guid.CreateVersion7()}", UriKind.Relative), Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task ALateReferral_IsToldOnce_ToTheProviderAndTheTeam_AndAtFourteenWorkingDaysToTheCoordinator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var (s, _, referralId) = await Referred(app);
        // Sent on Monday 23 Nov 2026: two working days on is Wednesday 25 Nov.
        var view = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}", Ct);
        Assert.Equal("2026-11-25", view.GetProperty("referral").GetProperty("respondBy").GetString());
        var coach = await app.SignedInAs("veera.valmentaja");
        var row = (await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct)).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == referralId);
        Assert.Equal(("2026-11-25", false), (row.GetProperty("respondBy").GetString(), row.GetProperty("late").GetBoolean()));

        async Task<int> Round()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReferralDeadlines>().RunOnce(Ct);
        }
        async Task<List<(Guid Recipient, NotificationKind Kind)>> Told()
        {
            await using var db = app.NewDbContext();
            return (await db.Notifications.Where(n => n.SubjectId == referralId && (n.Kind == NotificationKind.ReferralAnswerLate ||
                    n.Kind == NotificationKind.ReferralUnanswered || n.Kind == NotificationKind.ReferralOverdue))
                .Select(n => new { n.RecipientId, n.Kind }).ToListAsync(Ct)).Select(n => (n.RecipientId, n.Kind)).ToList();
        }

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 21, 0, 0, TimeSpan.Zero)); // 23:00 on the respond-by day: not late yet
        await Round();
        Assert.Empty(await Told());
        // (The demo county's own late referrals are told in the same rounds; this client's is the one followed.)
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
        await Round();
        var told = await Told();
        await Round();
        Assert.Equal(told.Count, (await Told()).Count); // once
        var coachId = s.People["veera.valmentaja"];
        Assert.Contains((coachId, NotificationKind.ReferralAnswerLate), told);
        Assert.Contains((s.People[DemoActors.SoteNurse], NotificationKind.ReferralUnanswered), told);
        Assert.DoesNotContain(told, t => t.Kind == NotificationKind.ReferralOverdue);
        coach = await app.SignedInAs("veera.valmentaja");
        row = (await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct)).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == referralId);
        Assert.True(row.GetProperty("late").GetBoolean());
        var notice = (await coach.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray().First(n => n.GetProperty("kind").GetString() == "ReferralAnswerLate");
        Assert.Equal($"/lahetteet/{referralId}", notice.GetProperty("link").GetString());

        // Fourteen working days after Monday 23 Nov is Friday 11 Dec (Independence Day fell on a Sunday).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 7, 0, 0, TimeSpan.Zero));
        await Round();
        Assert.DoesNotContain(await Told(), t => t.Kind == NotificationKind.ReferralOverdue);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 7, 0, 0, TimeSpan.Zero));
        await Round();
        await Round();
        Assert.Single(await Told(), t => t == (s.People[TeamScenario.Coordinator], NotificationKind.ReferralOverdue));
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Contains("ReferralUnanswered", await Risks(nurse, s.ClientId), StringComparison.Ordinal);

        // The provider answers at last: a decline needs its code, and the code is what the team and FHIR see.
        coach = await app.SignedInAs("veera.valmentaja");
        var noCode = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Received" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, noCode.StatusCode);
        var uncoded = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Declined", reason = "Ei tilaa" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, uncoded.StatusCode);
        Assert.Contains("reasonCode", await uncoded.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var otherNoWords = await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Declined", reasonCode = "Other" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, otherNoWords.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coach.PostAsJsonAsync($"/api/referrals/{referralId}/status",
            new { status = "Declined", reasonCode = "NoCapacity", reason = "Ryhmät täynnä kevääseen" }, Ct)).StatusCode);
        var declined = (await nurse.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}", Ct)).GetProperty("referral");
        Assert.Equal(("Declined", "NoCapacity"), (declined.GetProperty("status").GetString(), declined.GetProperty("outcome").GetProperty("code").GetString()));
        var page = await nurse.GetStringAsync(new Uri($"/lahetteet/{referralId}", UriKind.Relative), Ct);
        Assert.Contains("Ei tilaa palvelussa", page, StringComparison.Ordinal);
        Assert.Contains("Ryhmät täynnä kevääseen", page, StringComparison.Ordinal);
        var task = FhirJson.Parse<FhirTask>(await nurse.GetStringAsync(new Uri($"/fhir/r4/Task/{referralId}", UriKind.Relative), Ct));
        Assert.Equal((FhirTask.TaskStatus.Rejected, "no-capacity", "no-capacity"),
            (task.Status, task.StatusReason!.Coding[0].Code, task.BusinessStatus!.Coding[0].Code));
        Assert.Equal("Ryhmät täynnä kevääseen", task.StatusReason.Text);
        Assert.Empty(FhirValidation.Errors(task));
        // Answered, the radar lets it go.
        Assert.DoesNotContain("ReferralUnanswered", await Risks(nurse, s.ClientId), StringComparison.Ordinal);
    }

    /// <summary>The case's risks as the worklist shows them (the demo county's cases share its pages).</summary>
    private static async Task<string> Risks(HttpClient http, Guid clientId)
    {
        for (int page = 1; ; page++)
        {
            var list = await http.GetFromJsonAsync<JsonElement>($"/api/worklist?page={page}", Ct);
            foreach (var row in list.GetProperty("rows").EnumerateArray())
            {
                if (row.GetProperty("clientId").GetGuid() == clientId)
                {
                    return row.GetProperty("risks").GetRawText();
                }
            }
            Assert.True(page < list.GetProperty("pages").GetInt32(), "the worklist shows the case");
        }
    }
}
