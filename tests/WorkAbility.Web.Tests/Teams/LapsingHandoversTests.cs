using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.Teams;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>F22: a warm handover nobody answers lapses visibly; the case manager stays and everyone concerned is told.</summary>
public class LapsingHandoversTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUnansweredProposal_LapsesOnce_TheCaseManagerStays_AndProposerSuccessorAndCaseManagerAreTold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent(validUntil: "2027-11-23");   // the successor works in another organisation
        var nurse = s.People[DemoActors.SoteNurse];
        var successor = s.People[DemoActors.EmploymentExpert];
        var coordinator = s.People[TeamScenario.Coordinator];
        Assert.Equal(HttpStatusCode.Accepted, (await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = successor, note = "Työllisyyspalvelut jatkavat asiakasvastaavana." }, Ct)).StatusCode);

        // On the last minute of the 14 days the proposal still stands.
        app.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunOnce(app));

        // Then it lapses, once, however many nodes run the job at the same moment.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var rounds = await Task.WhenAll(RunOnce(app), RunOnce(app));
        Assert.Equal(1, rounds.Sum());
        Assert.Equal(0, await RunOnce(app));

        await using (var db = app.NewDbContext())
        {
            var team = await db.Teams.SingleAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct);
            Assert.Equal(nurse, team.CaseManagerId);
            Assert.Null(team.ProposedSuccessorId);
            var lapse = await db.CaseEvents.SingleAsync(e => e.Kind == CaseEventKind.HandoverLapsed, Ct);
            Assert.Null(lapse.ActorId);
            var told = await db.Notifications.Where(n => n.Kind == NotificationKind.HandoverLapsed).Select(n => n.RecipientId).ToListAsync(Ct);
            Assert.Equal(new[] { coordinator, nurse, successor }.Order(), told.Order());
        }

        // A late answer finds nothing to accept, and is told why.
        var late = await app.SignedInAs(DemoActors.EmploymentExpert);
        var accept = await late.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover/accept", new { jointMeetingHeld = false }, Ct);
        Assert.False(accept.IsSuccessStatusCode);
        Assert.Equal("handover_not_pending", (await accept.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        // A new proposal made after another lapse, before the job has run, closes and tells that lapse first.
        var coordinatorBack = await app.SignedInAs(TeamScenario.Coordinator);    // the earlier session idled out
        Assert.Equal(HttpStatusCode.Accepted, (await coordinatorBack.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = successor, note = "Uusi yritys." }, Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(15));
        var coordinatorAgain = await app.SignedInAs(TeamScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Accepted, (await coordinatorAgain.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = successor, note = "Kolmas yritys." }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(2, await db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.HandoverLapsed, Ct));
            Assert.Equal(6, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.HandoverLapsed, Ct));
            Assert.Equal(successor, (await db.Teams.SingleAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct)).ProposedSuccessorId);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAnsweredProposal_OrAnEndedCase_NeverLapses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent(validUntil: "2027-11-23");   // the successor works in another organisation
        Assert.Equal(HttpStatusCode.Accepted, (await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = s.People[DemoActors.EmploymentExpert], note = "Työllisyyspalvelut jatkavat." }, Ct)).StatusCode);
        var expert = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.NoContent, (await expert.PostAsync(new Uri($"/api/clients/{s.ClientId}/team/handover/refuse", UriKind.Relative), null, Ct)).StatusCode);
        // Proposed again, and then support ends before anyone answers: an ended case has nothing left to hand over.
        Assert.Equal(HttpStatusCode.Accepted, (await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = s.People[DemoActors.EmploymentExpert], note = "Toinen yritys." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/cases/end",
            new { outcome = "InEducation", closingEvaluation = "Aloitti opinnot" }, Ct)).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RunOnce(app));
        await using var db = app.NewDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.HandoverLapsed, Ct));
        Assert.False(await db.CaseEvents.AnyAsync(e => e.Kind == CaseEventKind.HandoverLapsed, Ct));
    }

    private static async Task<int> RunOnce(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandoverLapses>().RunOnce(Ct);
    }
}
