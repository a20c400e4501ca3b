using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Messages;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>F40: a professional taking part withdraws a task not yet done (given by mistake, or no longer needed).</summary>
public static class CancelTask
{
    public const string Change = "tasks.cancel";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid taskId, CancellationToken ct)
        {
            var me = access.RequireProfessional().ProfessionalId!.Value;
            var (_, caseIds) = await access.OpenTakingPart(clientId, AccessAction.Update, Change, ct);
            var task = await db.ClientTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.ClientId == clientId, ct);
            if (task is null || !caseIds.Contains(task.SupportCaseId))
            {
                throw new DomainRuleException("task_not_found", kind: RefusalKind.NotFound);
            }
            var onCase = await MessageReading.WritableCase(db, access.FactsOf(clientId), ct);
            if (onCase is null || onCase.CaseId != task.SupportCaseId)
            {
                throw new DomainRuleException("tasks_case_ended");
            }
            task.Cancel(onCase, me, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/tasks/{taskId:guid}/cancel", async (Guid clientId, Guid taskId, Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(clientId, taskId, ct);
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent).WithSummary("Withdraw a task not yet done");
}
