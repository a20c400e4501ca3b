using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
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

    public sealed record MyTask(string Title, DateOnly? DueOn, ActionStatus Status);

    /// <summary>Something the client is asked to do now, with where to do it.</summary>
    public sealed record Question(string Code, string Path);

    public sealed record CaseView(CaseStage Stage, ServicePath Path, IReadOnlyList<StepView> Steps, NextStepBy NextBy, DateTimeOffset OpenedAt,
        CaseOutcome? Outcome);

    public sealed record View(Guid ClientId, string Name, string Language, CaseView? Case, Person? Coordinator, Person? CaseManager,
        Meeting? NextMeeting, IReadOnlyList<MyTask> Tasks, IReadOnlyList<Question> Questions);

    /// <summary>A consent that ends within this many days is brought to the client's attention.</summary>
    public const int ConsentEndingDays = 30;

    /// <summary>A self-assessment older than this is asked again while support runs.</summary>
    public const int SelfAssessmentMonths = 3;

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
            var tasks = plan?.Content.Actions
                .Where(a => a.Party is ResponsibleParty.Client && a.Status is not (ActionStatus.Done or ActionStatus.Cancelled))
                .OrderBy(a => a.DueOn ?? DateOnly.MaxValue).Select(a => new MyTask(a.Title, a.DueOn, a.Status)).ToList() ?? [];
            var steps = PathProgress.Steps(supportCase.Stage, entered.Select(e => (e.ToStage!.Value, e.OccurredAt)));
            return new View(clientId, client.FullName, client.PreferredLanguage,
                new CaseView(supportCase.Stage, supportCase.Path, steps,
                    PathProgress.NextBy(supportCase.Stage, supportCase.CoordinatorId is not null, team is not null),
                    supportCase.OpenedAt, supportCase.Outcome),
                supportCase.CoordinatorId is { } c ? people.GetValueOrDefault(c) : null,
                team is null ? null : people.GetValueOrDefault(team.CaseManagerId),
                next, tasks, await Questions(clientId, supportCase, now, ct));
        }

        private async Task<IReadOnlyList<Question>> Questions(Guid clientId, SupportCase supportCase, DateTimeOffset now, CancellationToken ct)
        {
            var questions = new List<Question>();
            if (await MyCase.FeedbackDue(db, supportCase, now, ct) is { } occasion)
            {
                questions.Add(new Question("feedback." + occasion, MyPaths.Feedback));
            }
            if (!supportCase.IsActive)
            {
                return questions;
            }
            var lastFilled = await db.SelfAssessments.AsNoTracking().Where(s => s.ClientId == clientId).MaxAsync(s => (DateTimeOffset?)s.FilledAt, ct);
            if (lastFilled is null || lastFilled < now.AddMonths(-SelfAssessmentMonths))
            {
                questions.Add(new Question(lastFilled is null ? "selfAssessment.first" : "selfAssessment.again", MyPaths.SelfAssessment));
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
