using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.ClientTasks;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Messages;

/// <summary>
/// F40 part 3 through HTTP: the team gives the client tasks with a due date; the client sees them beside the plan actions they
/// answer for and marks either done with a note; the team sees when, and the giver is told; a colleague outside the case sees
/// nothing; a task withdrawn cannot be marked and a task done cannot be withdrawn; the client hears of a new task and of one
/// due tomorrow on the channel they chose, once.
/// </summary>
public class GivingTheClientTasksTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheTeamGivesATask_TheClientMarksItAndAPlanActionDone_AndTheTeamSeesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var clientId = s.ClientId;
        var services = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=vastaanotto", Ct)).EnumerateArray()
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct)).EnumerateArray())
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=Arkeen voimaa", Ct)).EnumerateArray())
            .Select(e => e.GetProperty("id").GetGuid()).Take(3).ToList();
        // The plan's third action is the client's own.
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{clientId}/plan",
            Plans.PlanningTests.PlanBody(null, "Ensimmäinen versio", services, s.People[DemoActors.SoteNurse], s.Organisations[DemoActors.EmploymentExpert]), Ct)).StatusCode);

        var given = await s.Nurse.PostAsJsonAsync($"/api/clients/{clientId}/tasks",
            new { kind = "Document", title = "Tuo B-lausunto", details = "Lääkärin B-lausunto Kelaa varten, kopio riittää.", dueOn = "2026-12-04" }, Ct);
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var taskId = (await given.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        var mine = (await me.GetFromJsonAsync<JsonElement>("/api/me/tasks", Ct)).EnumerateArray().ToList();
        Assert.Equal(2, mine.Count);
        var task = mine.Single(t => t.GetProperty("source").GetString() == "Team");
        Assert.Equal(taskId, task.GetProperty("id").GetGuid());
        Assert.Equal("Open", task.GetProperty("state").GetString());
        Assert.Equal("Hanna Hoitaja", task.GetProperty("givenBy").GetString());
        var action = mine.Single(t => t.GetProperty("source").GetString() == "Plan");
        Assert.Contains("Tuo B-lausunto", await me.GetStringAsync("/oma", Ct), StringComparison.Ordinal);

        // Past its day it is overdue for both sides.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));
        me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        Assert.Equal("Overdue", (await me.GetFromJsonAsync<JsonElement>("/api/me/tasks", Ct)).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == taskId).GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync($"/api/me/tasks/{taskId}/done", new { note = "Lähetin sen postissa." }, Ct)).StatusCode);
        // A retried marking is the same fact, not an error; without a body too.
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsync(new Uri($"/api/me/tasks/{taskId}/done", UriKind.Relative), null, Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync($"/api/me/tasks/{action.GetProperty("id").GetGuid()}/done", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync($"/api/me/tasks/{action.GetProperty("id").GetGuid()}/done", new { }, Ct)).StatusCode);
        // The plan itself is the team's; beside the action the client reads that they marked it.
        Assert.Contains("Merkitsit tämän tehdyksi 5.12.2026", await me.GetStringAsync("/oma/suunnitelma", Ct), StringComparison.Ordinal);
        // An action of the plan a professional answers for is not the client's to mark; an unknown id is not found.
        await using (var db = app.NewDbContext())
        {
            var caseId = await db.SupportCases.Where(c => c.ClientId == clientId).Select(c => c.Id).SingleAsync(Ct);
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.SupportCaseId == caseId, Ct);
            var professionals = plan.Content.Actions.First(a => a.Party is WorkAbility.Domain.Plans.ResponsibleParty.Professional);
            Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsJsonAsync($"/api/me/tasks/{professionals.Id}/done", new { }, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsJsonAsync($"/api/me/tasks/{Guid.NewGuid()}/done", new { }, Ct)).StatusCode);

        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var seen = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/tasks", Ct);
        Assert.True(seen.GetProperty("mayGive").GetBoolean());
        var done = seen.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == taskId);
        Assert.Equal("Done", done.GetProperty("state").GetString());
        Assert.Equal("Lähetin sen postissa.", done.GetProperty("clientNote").GetString());
        Assert.Equal("Done", seen.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("source").GetString() == "Plan").GetProperty("state").GetString());
        var page = await nurse.GetStringAsync($"/asiakkaat/{clientId}/tehtavat", Ct);
        Assert.Contains("Lähetin sen postissa.", page, StringComparison.Ordinal);
        Assert.Contains("Asiakas merkitsi tehdyksi 5.12.2026", page, StringComparison.Ordinal);
        // The nurse gave the task and is the case manager: told twice, once per marking, with a link to the tasks page.
        var notices = (await nurse.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == nameof(NotificationKind.ClientTaskDone)).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal($"/asiakkaat/{clientId}/tehtavat", n.GetProperty("link").GetString()));

        // A doctor of the same sote-centre may open the client, but takes no part in the case: the tasks are not found.
        var doctor = await app.SignedInAs(DemoActors.SoteDoctor);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.GetAsync(new Uri($"/api/clients/{clientId}/tasks", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.PostAsJsonAsync($"/api/clients/{clientId}/tasks", new { kind = "Other", title = "x", dueOn = "2026-12-20" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.PostAsJsonAsync($"/api/clients/{clientId}/tasks/{taskId}/cancel", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await doctor.GetAsync(new Uri($"/asiakkaat/{clientId}/tehtavat", UriKind.Relative), Ct)).StatusCode);
        Assert.DoesNotContain($"/asiakkaat/{clientId}/tehtavat", await doctor.GetStringAsync($"/asiakkaat/{clientId}", Ct), StringComparison.Ordinal);
        // The client's own routes are the client's; another client sees none of these tasks and cannot mark them.
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.GetAsync(new Uri("/api/me/tasks", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync(new Uri($"/api/clients/{clientId}/tasks", UriKind.Relative), Ct)).StatusCode);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/me/tasks", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/me/tasks/{taskId}/done", new { }, Ct)).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var entries = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == clientId && e.Resource.Contains("tasks")).ToListAsync(Ct);
            Assert.Contains(entries, e => e.Resource == "tasks.read" && !e.Allowed && e.Purpose == nameof(DenialReason.NotTakingPart));
            Assert.Equal(1, entries.Count(e => e.Resource == "tasks.give" && e.Allowed));
            Assert.All(entries, e => Assert.Equal(DataTopic.Plan, AccessLogExplanation.TopicOf(e.Resource)));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWithdrawnTaskCannotBeMarked_ADoneOneCannotBeWithdrawn_AndBadTasksAreRefusedByField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var clientId = s.ClientId;
        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { title = "x", dueOn = "2026-12-20" }, "kind"),
                     (new { kind = "Homework", title = "x", dueOn = "2026-12-20" }, "kind"),
                     (new { kind = "1", title = "x", dueOn = "2026-12-20" }, "kind"),
                     (new { kind = "Other", title = " ", dueOn = "2026-12-20" }, "title"),
                     (new { kind = "Other", title = new string('a', 201), dueOn = "2026-12-20" }, "title"),
                     (new { kind = "Other", title = "x", details = new string('a', 2001), dueOn = "2026-12-20" }, "details"),
                     (new { kind = "Other", title = "x" }, "dueOn"),
                     (new { kind = "Other", title = "x", dueOn = "2026-11-22" }, "dueOn"),
                     (new { kind = "Other", title = "x", dueOn = "2028-01-01" }, "dueOn"),
                 })
        {
            var refused = await s.Nurse.PostAsJsonAsync($"/api/clients/{clientId}/tasks", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        foreach (var raw in new[] { "{", "[]", "{\"dueOn\": \"31.12.2026\"}", "{\"dueOn\": \"9999-99-99\"}", "null" })
        {
            var malformed = await s.Nurse.PostAsync(new Uri($"/api/clients/{clientId}/tasks", UriKind.Relative), new StringContent(raw, System.Text.Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(0, await db.ClientTasks.CountAsync(t => t.ClientId == clientId, Ct));
        }

        // Today is a valid due date.
        var first = await Give(s, "2026-11-23");
        var second = await Give(s, "2026-12-01");
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{clientId}/tasks/{first}/cancel", new { }, Ct)).StatusCode);
        var me = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        Assert.DoesNotContain((await me.GetFromJsonAsync<JsonElement>("/api/me/tasks", Ct)).EnumerateArray(), t => t.GetProperty("state").GetString() != "Cancelled" && t.GetProperty("id").GetGuid() == first);
        var refusedMark = await me.PostAsJsonAsync($"/api/me/tasks/{first}/done", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refusedMark.StatusCode);
        Assert.Contains("task_cancelled", await refusedMark.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var longNote = await me.PostAsJsonAsync($"/api/me/tasks/{second}/done", new { note = new string('a', 1001) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, longNote.StatusCode);
        Assert.Contains("\"note\"", await longNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync($"/api/me/tasks/{second}/done", new { note = "Tehty" }, Ct)).StatusCode);
        var refusedCancel = await s.Nurse.PostAsJsonAsync($"/api/clients/{clientId}/tasks/{second}/cancel", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refusedCancel.StatusCode);
        Assert.Contains("task_already_done", await refusedCancel.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // On the page a refused task keeps what was typed and names the field in Finnish.
        var page = await PageForms.Post(s.Nurse, $"/asiakkaat/{clientId}/tehtavat", "task-give",
            [new("Task.Kind", "Contact"), new("Task.Title", "Soita TE-palveluihin"), new("Task.DueOn", "2026-11-01")]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Soita TE-palveluihin", html, StringComparison.Ordinal);
        Assert.Contains("Päivä on jo mennyt.", html, StringComparison.Ordinal);
        var ok = await PageForms.Post(s.Nurse, $"/asiakkaat/{clientId}/tehtavat", "task-give",
            [new("Task.Kind", "Contact"), new("Task.Title", "Soita TE-palveluihin"), new("Task.DueOn", "2026-12-01")]);
        Assert.Contains("/tehtavat?tehtava=annettu", ok.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The client marks it from their home page; the page is read again by GET.
        var contact = (await me.GetFromJsonAsync<JsonElement>("/api/me/tasks", Ct)).EnumerateArray().Single(t => t.GetProperty("title").GetString() == "Soita TE-palveluihin");
        int EntriesBefore()
        {
            using var db = app.NewDbContext();
            return db.AccessLog.Count(e => e.ClientId == clientId && e.Resource == MarkTaskDone.Change && e.Allowed);
        }
        var before = EntriesBefore();
        var marked = await PageForms.Post(me, "/oma", "task-done-" + contact.GetProperty("id").GetGuid().ToString("N"), [new("Done.Note", "Soitin maanantaina.")]);
        Assert.Contains("/oma?tehtava=tehty", marked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The home page's read and the marking were one entry.
        Assert.Equal(before + 1, EntriesBefore());
        // The same form sent again from a tab opened before: the task is done already, and the answer says so, not the framework.
        var again = await PageForms.Post(me, "/oma", "task-done-" + contact.GetProperty("id").GetGuid().ToString("N"), [new("Done.Note", "")]);
        Assert.Contains("/oma?tehtava=tehty", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // A withdrawn task's form, sent from a page opened before it was withdrawn, tells why in Finnish.
        var withdrawn = await PageForms.Post(me, "/oma", "task-done-" + first.ToString("N"), [new("Done.Note", "")]);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Contains("Tehtävä on peruttu", await withdrawn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // And the team's withdrawal sent again after another withdrew it is the same fact; after the client marked it done, it is told.
        var cancelledAgain = await PageForms.Post(s.Nurse, $"/asiakkaat/{clientId}/tehtavat", "task-cancel-" + first.ToString("N"), []);
        Assert.Contains("/tehtavat?tehtava=peruttu", cancelledAgain.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var doneMeanwhile = await PageForms.Post(s.Nurse, $"/asiakkaat/{clientId}/tehtavat", "task-cancel-" + second.ToString("N"), []);
        Assert.Equal(HttpStatusCode.OK, doneMeanwhile.StatusCode);
        Assert.Contains("Asiakas on jo merkinnyt tehtävän tehdyksi", await doneMeanwhile.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal("Soitin maanantaina.", (await db.ClientTasks.SingleAsync(t => t.Title == "Soita TE-palveluihin", Ct)).ClientNote);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheClientHearsOfANewTask_AndOfOneDueTomorrow_OnceOnTheChannelTheyChose(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, settings: new Dictionary<string, string>
        {
            ["Messaging:Smtp:Host"] = "127.0.0.1", ["Messaging:Smtp:Port"] = "2525", ["Messaging:RoundsEnabled"] = "false",
        });
        var s = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "asiakas@example.fi" }, Ct)).StatusCode);
        var taskId = await Give(s, "2026-11-30");
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.ClientNotices.CountAsync(n => n.SubjectId == taskId && n.Kind == ClientNoticeKind.NewTask && n.Channel == NoticeChannel.Email, Ct));
        }
        // The demo county's own tasks are reminded too; this client's count is what is checked.
        await QueueTaskReminders(app);
        Assert.Equal(0, await Reminders(app, s.ClientId));
        // Sunday 29 November in Finland: the task is due tomorrow; two rounds (or two nodes) queue it once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero));
        await QueueTaskReminders(app);
        await QueueTaskReminders(app);
        Assert.Equal(1, await Reminders(app, s.ClientId));
        // A task done before its eve is not reminded.
        var done = await Give(await app.SignedInAs(DemoActors.SoteNurse), s.ClientId, "2026-12-01");
        me = await app.SignedInAs("asiakas-" + s.ClientId.ToString("N"));
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsJsonAsync($"/api/me/tasks/{done}/done", new { }, Ct)).StatusCode);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        await QueueTaskReminders(app);
        Assert.Equal(1, await Reminders(app, s.ClientId));
    }

    private static async Task<int> Reminders(WorkAbilityApp app, Guid clientId)
    {
        await using var db = app.NewDbContext();
        return await db.ClientNotices.CountAsync(n => n.ClientId == clientId && n.Kind == ClientNoticeKind.TaskDueTomorrow, Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheClientHearsOnceWhenTheirMeasureIsDue_AndNotOnceTheyHaveAnswered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var username = "asiakas-" + s.ClientId.ToString("N");
        var me = await app.SignedInAs(username);
        // Not yet chosen a channel: nothing is queued for them whatever is due.
        await QueueQuestions(app);
        Assert.Equal(0, await Questions(app, s.ClientId));
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "asiakas@example.fi" }, Ct)).StatusCode);
        // The start's measure is asked now: told once, however many rounds (or nodes) look.
        await QueueQuestions(app);
        await QueueQuestions(app);
        Assert.Equal(1, await Questions(app, s.ClientId));
        Assert.Contains("Täytä oma arvio", await me.GetStringAsync("/oma", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await me.PostAsJsonAsync("/api/me/self-assessments", SelfAssessment, Ct)).StatusCode);
        // A month later nothing new is asked; three months after the opening the next measure is, once.
        app.Clock.Advance(TimeSpan.FromDays(40));
        await QueueQuestions(app);
        Assert.Equal(1, await Questions(app, s.ClientId));
        app.Clock.Advance(TimeSpan.FromDays(55));
        await QueueQuestions(app);
        await QueueQuestions(app);
        Assert.Equal(2, await Questions(app, s.ClientId));
        // Answered, it is not asked again.
        me = await app.SignedInAs(username);
        Assert.Equal(HttpStatusCode.Created, (await me.PostAsJsonAsync("/api/me/self-assessments", SelfAssessment, Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(10));
        await QueueQuestions(app);
        Assert.Equal(2, await Questions(app, s.ClientId));
    }

    private static readonly Dictionary<string, string> SelfAssessment = new()
    {
        ["was"] = "6", ["body"] = "3", ["activities"] = "3", ["participation"] = "2", ["environment"] = "3", ["resources"] = "3", ["working"] = "no",
    };

    private static async Task QueueQuestions(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkAbility.Web.Features.Messages.QuestionNotices>().QueueDue(Ct);
    }

    private static async Task<int> Questions(WorkAbilityApp app, Guid clientId)
    {
        await using var db = app.NewDbContext();
        return await db.ClientNotices.CountAsync(n => n.ClientId == clientId && n.Kind == ClientNoticeKind.QuestionDue, Ct);
    }

    private static Task<Guid> Give(TeamScenario s, string dueOn) => Give(s.Nurse, s.ClientId, dueOn);

    private static async Task<Guid> Give(HttpClient nurse, Guid clientId, string dueOn)
    {
        var given = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/tasks", new { kind = "Questionnaire", title = "Täytä itsearvio", dueOn }, Ct);
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        return (await given.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<int> QueueTaskReminders(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TaskNotices>().QueueDue(Ct);
    }
}
