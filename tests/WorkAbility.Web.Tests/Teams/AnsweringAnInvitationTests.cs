using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>
/// F40 through HTTP: the client answers a meeting's invitation on their own page or through the API, the team sees the
/// answer on the meeting, nobody else can answer for them, and the minutes record whether the client came.
/// </summary>
public class AnsweringAnInvitationTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheClientAsksForAnotherTime_TheTeamSeesIt_AndTheMinutesRecordANoShow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var start = app.Clock.GetUtcNow().AddDays(4);
        var convened = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new
        {
            proposedStarts = new[] { start }, durationMinutes = 60, place = "Esikylän sote-keskus", clientTakesPart = true,
        }, Ct);
        var meetingId = (await convened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var path = $"/api/me/meetings/{meetingId}/response";

        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { answer = "Maybe" }, "answer"), (new { answer = "" }, "answer"), (new { answer = "2" }, "answer"),
                     (new { answer = "AnotherTime" }, "note"), (new { answer = "Declined", note = new string('x', 501) }, "note"),
                 })
        {
            var refused = await me.PostAsJsonAsync(path, body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsJsonAsync($"/api/me/meetings/{Guid.NewGuid()}/response", new { answer = "Attending" }, Ct)).StatusCode);
        // Nobody answers for the client: a professional is not found on the client's route, nor is anyone anonymous let in.
        Assert.Equal(HttpStatusCode.NotFound, (await s.Nurse.PostAsJsonAsync(path, new { answer = "Attending" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync(path, new { answer = "Attending" }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync(path, new { answer = "AnotherTime", note = "Torstaina iltapäivällä" }, Ct)).StatusCode);
        var team = await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/team", Ct);
        var meeting = team.GetProperty("team").GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == meetingId);
        Assert.Equal("AnotherTime", meeting.GetProperty("clientAnswer").GetString());
        Assert.Equal("Torstaina iltapäivällä", meeting.GetProperty("clientAnswerNote").GetString());
        var page = await s.Nurse.GetStringAsync($"/asiakkaat/{s.ClientId}/kokoukset/{meetingId}", Ct);
        Assert.Contains("Pyydän toista aikaa", page, StringComparison.Ordinal);
        Assert.Contains("Torstaina iltapäivällä", page, StringComparison.Ordinal);

        // On the page the answer is a choice and a note; the page says it was sent.
        var onPage = await PageForms.Post(me, "/oma/tiimi", "meeting-answer", [new("Answer.MeetingId", meetingId.ToString()), new("Answer.Answer", "Attending")]);
        Assert.Contains("Vastauksesi on lähetetty tiimille.", await onPage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Once the meeting has begun it can no longer be answered; the minutes say the client did not come.
        app.Clock.SetUtcNow(start.AddMinutes(70));
        me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        var late = await me.PostAsJsonAsync(path, new { answer = "Declined" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("meeting_already_begun", await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Equal(HttpStatusCode.NoContent, (await nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings/{meetingId}/minutes",
            new { minutes = "Asiakas ei saapunut; soitetaan hänelle.", clientAttended = false }, Ct)).StatusCode);
        var held = (await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/team", Ct)).GetProperty("team").GetProperty("meetings")
            .EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == meetingId);
        Assert.False(held.GetProperty("clientAttended").GetBoolean());
        Assert.Contains("Asiakas ei saapunut", await nurse.GetStringAsync($"/asiakkaat/{s.ClientId}/kokoukset/{meetingId}", Ct), StringComparison.Ordinal);
    }
}
