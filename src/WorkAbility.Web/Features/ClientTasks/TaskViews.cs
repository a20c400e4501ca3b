using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.ClientTasks;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>Where a task comes from: given by the team, or an action of the plan the client answers for.</summary>
public enum TaskSource
{
    Team,
    Plan,
}

/// <summary>One task as its reader sees it; <paramref name="Kind"/> only for the team's tasks.</summary>
/// <param name="GivenBy">The professional who gave it (the plan's actions were agreed in the plan).</param>
/// <param name="DoneAt">When the client marked it done; a plan action the team recorded done has none.</param>
[Published]
public sealed record TaskView(Guid Id, TaskSource Source, ClientTaskKind? Kind, string Title, string? Details, DateOnly? DueOn, ClientTaskState State,
    string? GivenBy, DateTimeOffset? GivenAt, DateTimeOffset? DoneAt, string? ClientNote)
{
    public bool IsOpen => State is ClientTaskState.Open or ClientTaskState.Overdue;
}

/// <param name="MayGive">Whether the reader (a professional taking part in the active case) may give a task now.</param>
public sealed record TasksView(Guid ClientId, string ClientName, bool MayGive, IReadOnlyList<TaskView> Tasks);

/// <summary>
/// Reads a client's tasks for one reader: the team's tasks on the cases the access decision named, and on the active case the
/// plan's actions the client answers for with the client's marks. Open ones first by due date, then the done ones, newest
/// first, then those withdrawn. Four queries whatever the count.
/// </summary>
[Published]
internal static class TaskReading
{
    /// <summary>The team's tasks read per case, newest first; a case has a handful, this only bounds a runaway one.</summary>
    public const int MaxTasks = 200;

    public static async Task<List<TaskView>> Read(AppDbContext db, IReadOnlyList<Guid> caseIds, Guid? activeCaseId, DateOnly today, CancellationToken ct)
    {
        var plan = activeCaseId is { } caseId
            ? await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == caseId).Select(p => p.Content).SingleOrDefaultAsync(ct)
            : null;
        return await Read(db, caseIds, activeCaseId, plan, today, ct);
    }

    /// <summary>As above with the active case's plan already read by the caller (the client's home reads it for the next meeting).</summary>
    public static async Task<List<TaskView>> Read(AppDbContext db, IReadOnlyList<Guid> caseIds, Guid? activeCaseId, PlanContent? plan, DateOnly today,
        CancellationToken ct)
    {
        var given = await (from t in db.ClientTasks.AsNoTracking()
                           where caseIds.Contains(t.SupportCaseId)
                           join p in db.Professionals.AsNoTracking() on t.GivenById equals p.Id
                           orderby t.GivenAt descending
                           select new { Task = t, By = p.FirstName + " " + p.LastName }).Take(MaxTasks).ToListAsync(ct);
        var views = given.Select(g => new TaskView(g.Task.Id, TaskSource.Team, g.Task.Kind, g.Task.Title, g.Task.Details, g.Task.DueOn,
            g.Task.StateOn(today), g.By, g.Task.GivenAt, g.Task.DoneAt, g.Task.ClientNote)).ToList();
        if (activeCaseId is { } caseId)
        {
            if (plan is not null)
            {
                var marks = await db.PlanActionMarks.AsNoTracking().Where(m => m.SupportCaseId == caseId).ToDictionaryAsync(m => m.ActionId, ct);
                views.AddRange(plan.Actions.Where(a => a.Party is ResponsibleParty.Client && a.Status is not ActionStatus.Cancelled)
                    .Select(a => PlanActionView(a, marks.GetValueOrDefault(a.Id), today)));
            }
        }
        return Ordered(views);
    }

    public static TaskView PlanActionView(PlanAction action, PlanActionMark? mark, DateOnly today) =>
        new(action.Id, TaskSource.Plan, null, action.Title, action.Note, action.DueOn,
            action.Status is ActionStatus.Done || mark is not null ? ClientTaskState.Done
            : action.DueOn is { } due && today > due ? ClientTaskState.Overdue : ClientTaskState.Open,
            null, null, mark?.MarkedAt, mark?.Note);

    public static List<TaskView> Ordered(IEnumerable<TaskView> tasks) =>
        tasks.OrderBy(t => t.IsOpen ? 0 : t.State is ClientTaskState.Done ? 1 : 2)
            .ThenBy(t => t.IsOpen ? t.DueOn ?? DateOnly.MaxValue : DateOnly.MinValue)
            .ThenByDescending(t => t.DoneAt ?? t.GivenAt ?? DateTimeOffset.MinValue)
            .ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
}
