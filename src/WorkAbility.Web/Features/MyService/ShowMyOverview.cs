using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F27: the client's own home — where I am on the path and what comes next, my coordinator and
/// case manager and how to reach them, my next meeting, what I agreed to do, and what is asked of
/// me now (a self-assessment, feedback, a consent running out). One access-log entry.
/// </summary>
public static class ShowMyOverview
{
    public sealed record Person(string Name, string Organisation, string? Phone, string? Email);

    public sealed record Meeting(Guid? Id, DateTimeOffset Start, int? DurationMinutes, string? Place, string? VideoLink, bool CanDownload);

    /// <summary>Something the client is asked to do now, with where to do it.</summary>
    public sealed record Question(string Code, string Path);

    public sealed record CaseView(CaseStage Stage, ServicePath Path, IReadOnlyList<StepView> Steps, NextStepBy NextBy, DateTimeOffset OpenedAt,
        CaseOutcome? Outcome);

    /// <param name="SituationMonthsDue">The point after the end of support (3, 6 or 12 months) whose situation is asked now, if any.</param>
    public sealed record View(Guid ClientId, string Name, string Language, CaseView? Case, Person? Coordinator, Person? CaseManager,
        Meeting? NextMeeting, IReadOnlyList<ClientTasks.TaskView> Tasks, IReadOnlyList<Question> Questions, int? SituationMonthsDue = null);

    /// <summary>A consent that ends within this many days is brought to the client's attention.</summary>
    public const int ConsentEndingDays = 30;

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            var client = await access.ReadClient(clientId, "me.overview", ct);
            var supportCase = await MyCase.Current(db, clientId, ct);
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, client.PreferredLanguage, null, null, null, null, [], []);
            }
            var now = clock.GetUtcNow();
            // A step begins when the case moves into it; events recorded within a stage (a consent narrowed, a note) do not move it.
            var entered = await db.CaseEvents.AsNoTracking().Where(e => e.SupportCaseId == supportCase.Id && e.ToStage != null && e.FromStage != e.ToStage)
                .Select(e => new { e.ToStage, e.OccurredAt }).ToListAsync(ct);
            var team = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == supportCase.Id)
                .Select(t => new { t.CaseManagerId }).SingleOrDefaultAsync(ct);
            var people = await MyCase.People(db, [supportCase.CoordinatorId, team?.CaseManagerId], ct);
            var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
            var meeting = supportCase.IsActive
                ? await db.Meetings.AsNoTracking()
                    .Where(m => m.SupportCaseId == supportCase.Id && m.Status == MeetingStatus.Scheduled && m.ClientTakesPart && m.Start > now)
                    .OrderBy(m => m.Start).FirstOrDefaultAsync(ct)
                : null;
            var next = meeting is { Start: { } start }
                ? new Meeting(meeting.Id, start, meeting.DurationMinutes, meeting.Place, meeting.VideoLink, true)
                : supportCase.IsActive && plan?.NextMeetingAt is { } planned && planned > now ? new Meeting(null, planned, null, null, null, false) : null;
            // What the team asked and the plan's actions the client answers for, on this case (F40); after the end, none are shown.
            var tasks = supportCase.IsActive
                ? await ClientTasks.TaskReading.Read(db, [supportCase.Id], supportCase.Id, plan?.Content, FinnishCalendar.DateOf(now), ct)
                : [];
            var steps = PathProgress.Steps(supportCase.Stage, entered.Select(e => (e.ToStage!.Value, e.OccurredAt)));
            var questions = await Questions(clientId, supportCase, now, ct);
            int? situationDue = await MyCase.SituationDue(db, supportCase, now, ct);
            if (situationDue is { } months)
            {
                questions.Insert(0, new Question("situation." + months.ToString(System.Globalization.CultureInfo.InvariantCulture), MyPaths.Home + "#situation"));
            }
            return new View(clientId, client.FullName, client.PreferredLanguage,
                new CaseView(supportCase.Stage, supportCase.Path, steps,
                    PathProgress.NextBy(supportCase.Stage, supportCase.CoordinatorId is not null, team is not null),
                    supportCase.OpenedAt, supportCase.Outcome),
                supportCase.CoordinatorId is { } c ? people.GetValueOrDefault(c) : null,
                team is null ? null : people.GetValueOrDefault(team.CaseManagerId),
                next, tasks, questions, situationDue);
        }

        private async Task<List<Question>> Questions(Guid clientId, SupportCase supportCase, DateTimeOffset now, CancellationToken ct)
        {
            var questions = new List<Question>();
            if (await MyCase.FeedbackDue(db, supportCase, now, ct) is { } occasion)
            {
                // At the end the experienced change is asked as well (F39).
                questions.Add(new Question("feedback." + occasion, occasion is WorkAbility.Domain.Feedback.FeedbackOccasion.AtEnd ? MyPaths.Feedback + "?loppu=1" : MyPaths.Feedback));
            }
            // The measure of work ability at its points: the start, 3, 6 and 12 months, and the end (F39).
            if (MeasurePoints.Due(supportCase.OpenedAt, supportCase.EndedAt, await MyCase.MeasuredAt(db, clientId, supportCase.Id, ct), now) is { } point)
            {
                questions.Add(new Question("measure." + point, MyPaths.SelfAssessment));
            }
            if (!supportCase.IsActive)
            {
                return questions;
            }
            var today = FinnishCalendar.DateOf(now);
            // In force by the consent's own rule (confirmed, started, not ended, not withdrawn), and ending soon.
            var endingBy = today.AddDays(ConsentEndingDays);
            var ending = await db.Consents.AsNoTracking().Where(Consent.ValidOn(today))
                .AnyAsync(c => c.ClientId == clientId && c.ValidUntil <= endingBy, ct);
            if (ending)
            {
                questions.Add(new Question("consent.ending", MyPaths.Consents));
            }
            return questions;
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapGet("/", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("The signed-in client's own home: stage and steps, coordinator, case manager, next meeting, own tasks, questions");
}
