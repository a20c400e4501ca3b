using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;
using WorkAbility.Web.Tests.Plans;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>F10, F12, F13: the team, its one case manager, its meetings and their invitations.</summary>
public class FormingTheTeamTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ATeamWithZeroOrTwoCaseManagers_IsNeverSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app, formTeam: false);
        var nurse = s.People[DemoActors.SoteNurse];
        var doctor = s.People[DemoActors.SoteDoctor];
        foreach (var (managers, code) in new[] { (Array.Empty<Guid>(), "team_needs_one_case_manager"), (new[] { nurse, doctor }, "team_only_one_case_manager") })
        {
            var r = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team",
                new { memberIds = new[] { nurse, doctor }, caseManagerIds = managers }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var body = await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(code, body.GetProperty("codes").GetProperty("caseManager").GetString());
        }
        await using var db = app.NewDbContext();
        Assert.False(await db.Teams.AnyAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct));

        // Only the coordinator forms the team.
        var byNurse = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/team", new { memberIds = new[] { nurse }, caseManagerIds = new[] { nurse } }, Ct);
        Assert.Equal("team_formed_by_coordinator", (await byNurse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheTeam_WarnsOfMissingKeyActors_AndTheCaseManagerCanOnlyBeReplaced(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var team = (await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/team", Ct)).GetProperty("team");
        // Health problems are flagged and no doctor is on the team.
        Assert.Equal(["Doctor"], team.GetProperty("missingKeyActors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Team", team.GetProperty("stage").GetString());

        var nurse = s.People[DemoActors.SoteNurse];
        var leave = await s.Coordinator_.DeleteAsync(new Uri($"/api/clients/{s.ClientId}/team/members/{nurse}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Conflict, leave.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/members",
            new { professionalId = s.People[DemoActors.SoteDoctor] }, Ct)).StatusCode);
        // A warm handover: proposed with a note, nothing changes until the successor accepts (F22).
        Assert.Equal(HttpStatusCode.Accepted, (await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = s.People[DemoActors.SoteDoctor], note = "Lääkäri jatkaa, yhteinen tapaaminen 1.12." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Coordinator_.DeleteAsync(new Uri($"/api/clients/{s.ClientId}/team/members/{nurse}", UriKind.Relative), Ct)).StatusCode);
        var doctor = await app.SignedInAs(DemoActors.SoteDoctor);
        Assert.Equal(HttpStatusCode.NoContent, (await doctor.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover/accept",
            new { jointMeetingHeld = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Coordinator_.DeleteAsync(new Uri($"/api/clients/{s.ClientId}/team/members/{nurse}", UriKind.Relative), Ct)).StatusCode);

        await using var db = app.NewDbContext();
        var saved = await db.Teams.Include(t => t.Members).SingleAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct);
        Assert.Equal(s.People[DemoActors.SoteDoctor], saved.CaseManagerId);
        Assert.True(saved.IsMember(saved.CaseManagerId));
        var events = await db.CaseEvents.Select(e => e.Kind).ToListAsync(Ct);
        Assert.Contains(CaseEventKind.TeamFormed, events);
        Assert.Contains(CaseEventKind.HandoverProposed, events);
        Assert.Contains(CaseEventKind.HandoverAccepted, events);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMeetingInvitation_IsValidICalendar_InHelsinkiTime_AndTheMinutesFlowIntoThePlan(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        await s.GiveConsent();
        // 1.12.2026 at 10.00 Helsinki time (UTC+2).
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var convened = await employment.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new
        {
            proposedStarts = new[] { start }, durationMinutes = 90, place = "Esikylän sote-keskus, neuvotteluhuone 2",
            participantIds = new[] { s.People[DemoActors.SoteNurse], s.People[TeamScenario.KelaWorker] }, clientTakesPart = true, closeParticipantTakesPart = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, convened.StatusCode);
        var meetingId = (await convened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var ics = await s.Nurse.GetAsync(new Uri($"/api/clients/{s.ClientId}/meetings/{meetingId}/invitation.ics", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var text = await ics.Content.ReadAsStringAsync(Ct);
        // A file, not a page: no Finnish number format may leak in (the time zone's rules say BYDAY=-1SU).
        Assert.DoesNotContain('\u2212', text);   // fi-FI minus sign
        Assert.DoesNotContain('\u00A0', text);   // fi-FI digit group separator
        Assert.Contains("BYDAY=-1SU", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Europe/Helsinki", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal(3, e.Attendees.Count);
        Assert.Contains("hanna.hoitaja@", e.Attendees[0].Value!.ToString(), StringComparison.Ordinal); // the recipient first
        Assert.Contains("teemu.tyollisyys@", e.Organizer!.Value!.ToString(), StringComparison.Ordinal);
        Assert.Single(calendar.TimeZones);
        // Calendars are outside the care relationship: no client name or identity code in the invitation.
        Assert.DoesNotContain("Tiimiläinen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("010203A9057", text, StringComparison.Ordinal);

        // A plan exists; the meeting is held and the next meeting agreed there flows into it.
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", PlanningTests.PlanBody(null, "Ensimmäinen versio"), Ct)).StatusCode);
        app.Clock.SetUtcNow(start.AddHours(2).ToUniversalTime());
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);       // the sessions of a week ago have timed out
        employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        var next = new DateTimeOffset(2027, 1, 12, 13, 0, 0, TimeSpan.FromHours(2));
        var minutes = await nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings/{meetingId}/minutes", new
        {
            minutes = "Käytiin läpi tilanne ja sovittiin toimenpiteet.", decisions = new[] { "Hanna on asiakasvastaava", "Lääkärin vastaanotto joulukuussa" }, nextMeetingAt = next,
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, minutes.StatusCode);
        var again = await employment.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings/{meetingId}/minutes", new { minutes = "Toinen muistio" }, Ct);
        Assert.Equal("meeting_minutes_already_recorded", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var plan = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct);
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
        Assert.Equal(next, plan.GetProperty("content").GetProperty("nextMeetingAt").GetDateTimeOffset());
        // Everyone on the team reads the same minutes.
        var team = (await employment.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/team", Ct)).GetProperty("team");
        Assert.Equal(2, team.GetProperty("meetings")[0].GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task OnlyTheCoordinatorAndTheCaseManager_SeeTheButtonsThatChangeTheTeam()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var path = new Uri($"/asiakkaat/{s.ClientId}/tiimi", UriKind.Relative);
        var member = await app.SignedInAs(DemoActors.EmploymentExpert);
        var asMember = await member.GetStringAsync(path, Ct);
        Assert.Contains("Tiimiläinen", asMember, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Remove.ProfessionalId\"", asMember, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"add-member\"", asMember, StringComparison.Ordinal);
        foreach (var may in new[] { s.Nurse, s.Coordinator_ })
        {
            var page = await may.GetStringAsync(path, Ct);
            Assert.Contains("name=\"Remove.ProfessionalId\"", page, StringComparison.Ordinal);
            Assert.Contains("name=\"add-member\"", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMeetingAlreadyHeld_IsRecordedAfterwards_WithoutInvitations_AndItsMinutesWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var heldAt = app.Clock.GetUtcNow().AddDays(-2);
        await using (var before = app.NewDbContext())
        {
            var notices = await before.Notifications.CountAsync(Ct);
            var held = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new
            {
                proposedStarts = new[] { heldAt }, durationMinutes = 45, place = "Puhelinkokous", participantIds = Array.Empty<Guid>(), clientTakesPart = true,
                alreadyHeld = true,
            }, Ct);
            Assert.Equal(HttpStatusCode.Created, held.StatusCode);
            var id = (await held.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings/{id}/minutes",
                new { minutes = "Sovittiin puhelimessa työkokeilusta." }, Ct)).StatusCode);
            await using var after = app.NewDbContext();
            Assert.Equal(notices, await after.Notifications.CountAsync(Ct));   // nobody is invited to a meeting already held
            Assert.Equal(MeetingStatus.Held, (await after.Meetings.SingleAsync(m => m.Id == id, Ct)).Status);
        }

        // Without saying it was held, a past time is refused as before; a held meeting in the future too.
        var past = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new { proposedStarts = new[] { heldAt }, place = "x" }, Ct);
        Assert.Equal("meeting_time_in_past", (await past.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").GetProperty("proposedStarts").GetString());
        var future = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings",
            new { proposedStarts = new[] { heldAt.AddDays(5) }, place = "x", alreadyHeld = true }, Ct);
        Assert.Equal("meeting_held_in_past", (await future.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").GetProperty("proposedStarts").GetString());
    }
}
