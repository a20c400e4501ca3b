using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.ClientTasks;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>
/// F40: the client marks a task done — one the team gave, or an action of their plan they answer for — with a note if they
/// wish. The one who gave the task (for a plan action, the case manager) is told in the app. Marking again changes nothing.
/// </summary>
public static class MarkTaskDone
{
    public const string Change = "me.tasks.done";

    public sealed class Request
    {
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid taskId, Request request, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            // The client's own data: the usual door, so the home page's read and this change are one access-log entry.
            await access.LoadClientForWrite(clientId, Change, ct);
            var active = await db.SupportCases.AsNoTracking().Where(Domain.Cases.SupportCase.ActiveOf(clientId)).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            var now = clock.GetUtcNow();
            var task = await db.ClientTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.ClientId == clientId, ct);
            Guid? tell;
            Guid caseId;
            if (task is not null)
            {
                if (task.SupportCaseId != active)
                {
                    throw new DomainRuleException("tasks_case_ended");
                }
                if (!task.MarkDone(request.Note, now))
                {
                    return;
                }
                (tell, caseId) = (task.GivenById, task.SupportCaseId);
            }
            else
            {
                caseId = active ?? throw new DomainRuleException("task_not_found", kind: RefusalKind.NotFound);
                var plan = await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == caseId).Select(p => p.Content).SingleOrDefaultAsync(ct)
                    ?? throw new DomainRuleException("task_not_found", kind: RefusalKind.NotFound);
                var mark = PlanActionMark.Mark(caseId, plan, taskId, request.Note, now);
                if (await db.PlanActionMarks.AnyAsync(m => m.SupportCaseId == caseId && m.ActionId == taskId, ct))
                {
                    return;
                }
                db.PlanActionMarks.Add(mark);
                tell = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == caseId).Select(t => (Guid?)t.CaseManagerId).SingleOrDefaultAsync(ct);
            }
            if (tell is { } recipient)
            {
                db.Notifications.Add(Notification.To(recipient, NotificationKind.ClientTaskDone, caseId, now));
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (task is null)
            {
                // The same action marked from another tab at the same moment: that marking stands, and this one is the same fact.
                db.ChangeTracker.Clear();
                if (!await db.PlanActionMarks.AnyAsync(m => m.SupportCaseId == caseId && m.ActionId == taskId, ct))
                {
                    throw;
                }
            }
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/tasks/{taskId:guid}/done", async (Guid taskId, Request? request, Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(taskId, request ?? new Request(), ct);
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent).WithSummary("Mark my task or plan action done: { note } (optional)");
}
