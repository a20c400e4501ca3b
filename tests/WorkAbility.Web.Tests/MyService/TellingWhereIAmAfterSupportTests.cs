using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.MyService;

/// <summary>
/// F39 through HTTP: three months after support ended the person is asked where they are, answers in one request, and a
/// professional of the case may record it; an answer for a point not come, a wrong situation, a running case and an outsider
/// are refused, and every request writes one access-log entry.
/// </summary>
public class TellingWhereIAmAfterSupportTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThreeMonthsAfterTheEnd_ThePersonIsAsked_AndAnswers_AndAProfessionalMayRecordTheNextPoint(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        Guid clientId, caseId;
        string coordinator;
        DateTimeOffset endedAt;
        await using (var db = app.NewDbContext())
        {
            // The person whose support ended last (and did not start again), with their coordinator.
            var ended = await db.SupportCases.AsNoTracking()
                .Where(c => c.Stage == CaseStage.Ended && c.CoordinatorId != null && !db.SupportCases.Any(o => o.ClientId == c.ClientId && o.Stage != CaseStage.Ended))
                .OrderByDescending(c => c.EndedAt).FirstAsync(Ct);
            (clientId, caseId, endedAt) = (ended.ClientId, ended.Id, ended.EndedAt!.Value);
            coordinator = await db.Professionals.Where(p => p.Id == ended.CoordinatorId).Select(p => p.Username).SingleAsync(Ct);
        }
        app.Clock.SetUtcNow(endedAt.AddMonths(3).AddDays(1));
        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));

        var home = await me.GetFromJsonAsync<JsonElement>("/api/me", Ct);
        Assert.Equal(3, home.GetProperty("situationMonthsDue").GetInt32());
        Assert.Contains(home.GetProperty("questions").EnumerateArray(), q => q.GetProperty("code").GetString() == "situation.3");
        var page = await me.GetStringAsync("/oma", Ct);
        Assert.Contains("Missä tilanteessa olet nyt, 3 kuukautta tuen päättymisen jälkeen?", page, StringComparison.Ordinal);

        var early = await me.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 6, situation = "JobSeeker" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("monthsAfter", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // One situation by its name: no made-up name, no combination of names, no number.
        foreach (var wrong in new[] { "Astronaut", "Studying, JobSeeker", "7" })
        {
            var nonsense = await me.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 3, situation = wrong }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, nonsense.StatusCode);
            Assert.Equal("application/problem+json", nonsense.Content.Headers.ContentType?.MediaType);
            Assert.Contains("situation", await nonsense.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 3, situation = "WorkingPartTime" }, Ct)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await me.GetFromJsonAsync<JsonElement>("/api/me", Ct)).GetProperty("situationMonthsDue").ValueKind);
        // Told again, the later answer stands: still one answer for the point.
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 3, situation = "Studying" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var told = await db.SituationsAfterSupport.AsNoTracking().Where(s => s.SupportCaseId == caseId).ToListAsync(Ct);
            Assert.Equal((3, LifeSituation.Studying, ToldBy.Client), (told.Single().MonthsAfter, told.Single().Situation, told.Single().ToldBy));
            // Every request (the refused ones too) is one entry on the person's own log.
            Assert.Equal(6, await db.AccessLog.CountAsync(e => e.ClientId == clientId && e.Resource == "me.situation-after-support", Ct));
        }

        // The experienced change is asked at the end of support, not three months later.
        var late = await me.PostAsJsonAsync("/api/me/feedback", new { everydayCoping = 4 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("everydayCoping", await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Nobody but the person reaches their own route; an outsider cannot record for them.
        var nurse = await app.SignedInAs(Access.DemoActors.SoteNurse);
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 3, situation = "Studying" }, Ct)).StatusCode);
        var administrator = await app.SignedInAs("pekka.paakayttaja");
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.PostAsJsonAsync($"/api/clients/{clientId}/situation-after-support", new { monthsAfter = 3, situation = "Studying" }, Ct)).StatusCode);

        // Six months on, the coordinator who meets the person records it.
        app.Clock.SetUtcNow(endedAt.AddMonths(6).AddDays(2));
        var professional = await app.SignedInAs(coordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await professional.PostAsJsonAsync($"/api/clients/{clientId}/situation-after-support", new { monthsAfter = 6, situation = "WorkingFullTime" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var six = await db.SituationsAfterSupport.AsNoTracking().SingleAsync(s => s.SupportCaseId == caseId && s.MonthsAfter == 6, Ct);
            Assert.Equal((LifeSituation.WorkingFullTime, ToldBy.Professional), (six.Situation, six.ToldBy));
            Assert.NotNull(six.RecordedById);
        }
        Assert.Contains("Kokoaikatyössä", await professional.GetStringAsync($"/asiakkaat/{clientId}/seuranta", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileSupportRuns_ThereIsNothingToTell()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        Guid clientId;
        await using (var db = app.NewDbContext())
        {
            clientId = await db.SupportCases.Where(c => c.Stage == CaseStage.Services).Select(c => c.ClientId).FirstAsync(Ct);
        }
        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        Assert.Equal(JsonValueKind.Null, (await me.GetFromJsonAsync<JsonElement>("/api/me", Ct)).GetProperty("situationMonthsDue").ValueKind);
        var refused = await me.PostAsJsonAsync("/api/me/situation-after-support", new { monthsAfter = 3, situation = "Studying" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("support_not_ended", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
