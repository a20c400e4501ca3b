using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Messages;

/// <summary>
/// F40 through HTTP: the client and the case's team write to each other in threads; each side sees what it has not read;
/// a colleague outside the case, a manager and anyone anonymous get nothing; every read and write is one access-log entry
/// the client sees as "your messages"; an unanswered message becomes a risk after three working days, not before.
/// </summary>
public class WritingWithTheTeamTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheClientWrites_TheTeamReadsAndAnswers_AndOutsidersSeeNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var scenario = await TeamScenario.Create(app);
        await scenario.GiveConsent();
        var clientId = scenario.ClientId;
        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));

        var empty = await me.GetFromJsonAsync<JsonElement>("/api/me/messages", Ct);
        Assert.True(empty.GetProperty("mayStart").GetBoolean());
        Assert.Empty(empty.GetProperty("threads").EnumerateArray());

        var sent = await me.PostAsJsonAsync("/api/me/messages", new { subject = "Ensi viikon tapaaminen", text = "Voinko tulla tiistaina vasta kello 13?\nBussi on myöhässä." }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var threadId = (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("threadId").GetGuid();

        // The case manager (a team member) sees it unread, once: the reading marks it read for the team.
        var nurse = scenario.Nurse;
        var first = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/messages", Ct);
        var thread = first.GetProperty("threads").EnumerateArray().Single();
        Assert.Equal("Ensi viikon tapaaminen", thread.GetProperty("subject").GetString());
        Assert.True(thread.GetProperty("messages")[0].GetProperty("unread").GetBoolean());
        Assert.Contains("Bussi on myöhässä.", thread.GetProperty("messages")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var again = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/messages", Ct);
        Assert.False(again.GetProperty("threads")[0].GetProperty("messages")[0].GetProperty("unread").GetBoolean());
        // The client sees that the team has read it.
        var mine = await me.GetFromJsonAsync<JsonElement>("/api/me/messages", Ct);
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("threads")[0].GetProperty("messages")[0].GetProperty("readAt").ValueKind);

        // A team member of another organisation reads it under the consent; the coordinator of the case too.
        var expert = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync(new Uri($"/api/clients/{clientId}/messages", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Coordinator_.GetAsync(new Uri($"/api/clients/{clientId}/messages", UriKind.Relative), Ct)).StatusCode);

        // A doctor of the same sote-centre may open the client, but takes no part in the case: the messages are not found.
        var doctor = await app.SignedInAs(DemoActors.SoteDoctor);
        Assert.Equal(HttpStatusCode.OK, (await doctor.GetAsync(new Uri($"/api/clients/{clientId}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.GetAsync(new Uri($"/api/clients/{clientId}/messages", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.PostAsJsonAsync($"/api/clients/{clientId}/messages/{threadId}", new { text = "Hei" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.GetAsync(new Uri($"/asiakkaat/{clientId}/viestit", UriKind.Relative), Ct)).StatusCode);
        Assert.DoesNotContain($"/asiakkaat/{clientId}/viestit", await doctor.GetStringAsync($"/asiakkaat/{clientId}", Ct), StringComparison.Ordinal);
        Assert.Contains($"/asiakkaat/{clientId}/viestit", await nurse.GetStringAsync($"/asiakkaat/{clientId}", Ct), StringComparison.Ordinal);
        var manager = await app.SignedInAs(DemoActors.Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri($"/api/clients/{clientId}/messages", UriKind.Relative), Ct)).StatusCode);
        // The client's own routes are the client's: a professional is not found there, and a client on the professionals' route neither.
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.GetAsync(new Uri("/api/me/messages", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync(new Uri($"/api/clients/{clientId}/messages", UriKind.Relative), Ct)).StatusCode);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/me/messages", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/me/messages", new { subject = "x", text = "y" }, Ct)).StatusCode);

        // The nurse answers a little later; the client has one unread message, on the page's menu too.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/messages/{threadId}", new { text = "Tiistai kello 13 sopii." }, Ct)).StatusCode);
        var page = await me.GetStringAsync("/oma", Ct);
        Assert.Contains("1<span class=\"visually-hidden\"> lukematonta viestiä</span>", page, StringComparison.Ordinal);
        var answered = await me.GetFromJsonAsync<JsonElement>("/api/me/messages", Ct);
        var answer = answered.GetProperty("threads")[0].GetProperty("messages")[1];
        Assert.True(answer.GetProperty("unread").GetBoolean());
        Assert.Equal("Hanna Hoitaja", answer.GetProperty("author").GetString());
        Assert.DoesNotContain("lukematonta viestiä", await me.GetStringAsync("/oma", Ct), StringComparison.Ordinal);

        // Every read and write was one entry on the client's log, and the client is told it was their messages.
        await using (var db = app.NewDbContext())
        {
            var entries = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == clientId && e.Resource.Contains("messages")).ToListAsync(Ct);
            Assert.Equal(1, entries.Count(e => e.Resource == "me.messages.write"));
            Assert.Contains(entries, e => e.Resource == "messages.read" && !e.Allowed && e.Purpose == nameof(DenialReason.NotTakingPart));
            Assert.Equal(1, entries.Count(e => e.Resource == "messages.write" && e.Allowed));
            Assert.All(entries, e => Assert.Equal(DataTopic.Messages, AccessLogExplanation.TopicOf(e.Resource)));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUnansweredMessage_IsARisk_AfterThreeWorkingDays_AndWaitsOnTheTeamsPage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var scenario = await TeamScenario.Create(app);
        await scenario.GiveConsent();
        var clientId = scenario.ClientId;
        // Thursday 10 December 2026 at noon: Friday, Monday and Tuesday are the three working days (the weekend does not count).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero));
        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        var sent = await me.PostAsJsonAsync("/api/me/messages", new { subject = "Kela-hakemus", text = "Mihin liitteet lähetetään?" }, Ct);
        var threadId = (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("threadId").GetGuid();

        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var waiting = await nurse.GetFromJsonAsync<JsonElement>("/api/messages/waiting", Ct);
        var row = waiting.EnumerateArray().Single();
        Assert.Equal(threadId, row.GetProperty("thread").GetProperty("threadId").GetGuid());
        Assert.Equal(1, row.GetProperty("thread").GetProperty("unread").GetInt32());
        Assert.Contains("Kela-hakemus", await nurse.GetStringAsync("/viestit", Ct), StringComparison.Ordinal);
        // A colleague outside the case has nothing waiting.
        var doctor = await app.SignedInAs(DemoActors.SoteDoctor);
        Assert.Empty((await doctor.GetFromJsonAsync<JsonElement>("/api/messages/waiting", Ct)).EnumerateArray());

        // Sessions end when idle: each later look signs in again.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 18, 0, 0, TimeSpan.Zero));
        nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.DoesNotContain("ClientMessageUnanswered", await Risks(nurse, clientId), StringComparison.Ordinal);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 6, 0, 0, TimeSpan.Zero));
        nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Contains("ClientMessageUnanswered", await Risks(nurse, clientId), StringComparison.Ordinal);

        // An answer ends the wait and the risk.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/messages/{threadId}", new { text = "Kelan postiosoitteeseen." }, Ct)).StatusCode);
        Assert.DoesNotContain("ClientMessageUnanswered", await Risks(nurse, clientId), StringComparison.Ordinal);
        Assert.Empty((await nurse.GetFromJsonAsync<JsonElement>("/api/messages/waiting", Ct)).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadMessages_AreRefusedWithTheFieldNamed_AndNothingIsSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var scenario = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));
        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { subject = "", text = "x" }, "subject"),
                     (new { subject = "x", text = "   " }, "text"),
                     (new { subject = new string('a', 151), text = "x" }, "subject"),
                     (new { subject = "x", text = new string('a', 4001) }, "text"),
                     (new { subject = "x\u0000", text = "x" }, "subject"),
                 })
        {
            var refused = await me.PostAsJsonAsync("/api/me/messages", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        foreach (var raw in new[] { "{", "[]", "{\"subject\": 5}", "null" })
        {
            var malformed = await me.PostAsync(new Uri("/api/me/messages", UriKind.Relative), new StringContent(raw, System.Text.Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsJsonAsync($"/api/me/messages/{Guid.NewGuid()}", new { text = "x" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(0, await db.CaseMessages.CountAsync(m => m.ClientId == scenario.ClientId, Ct));
        }

        // On the page the refused message keeps what was typed.
        var page = await PageForms.Post(me, "/oma/viestit", "message-new", [new("Write.Subject", ""), new("Write.Text", "Tämä teksti ei saa kadota")]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tämä teksti ei saa kadota", html, StringComparison.Ordinal);
        Assert.Contains("Aihe:", html, StringComparison.Ordinal);
        // Sent from the page, the answer is a redirect that reads the page by GET.
        var ok = await PageForms.Post(me, "/oma/viestit", "message-new", [new("Write.Subject", "Kysymys"), new("Write.Text", "Onko lomake oikein?")]);
        Assert.True(ok.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, ok.StatusCode.ToString());
        Assert.Contains("/oma/viestit?viesti=lahetetty", ok.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The risks of the client's case on the case manager's worklist (the kept states, rechecked when stale).</summary>
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
            Assert.True(page < list.GetProperty("pages").GetInt32(), "the case manager's worklist shows the case: " + list.GetRawText()[..Math.Min(3000, list.GetRawText().Length)]);
        }
    }
}
