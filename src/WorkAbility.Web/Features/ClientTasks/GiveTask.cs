using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.ClientTasks;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.Messages;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>
/// F40: a professional taking part in the active case gives the client a task with a due date. The client is told on their
/// own e-mail or phone as they chose, in the same transaction (the notice names no task, only that one waits).
/// </summary>
public static class GiveTask
{
    public const string Change = "tasks.give";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        /// <summary>Questionnaire, Contact, Document or Other.</summary>
        public string? Kind { get; set; }
        public string? Title { get; set; }
        public string? Details { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    public sealed record Given(Guid Id);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Given> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var me = access.RequireProfessional().ProfessionalId!.Value;
            var (client, _) = await access.OpenTakingPart(clientId, AccessAction.Create, Change, ct);
            var onCase = await MessageReading.WritableCase(db, access.FactsOf(clientId), ct) ?? throw new DomainRuleException("tasks_case_ended");
            var now = clock.GetUtcNow();
            var task = ClientTask.Give(onCase, me, request.Kind, request.Title, request.Details, request.DueOn, FinnishCalendar.DateOf(now), now);
            db.ClientTasks.Add(task);
            db.ClientNotices.AddRange(ClientNotice.For(client, ClientNoticeKind.NewTask, task.Id, now));
            await db.SaveChangesAsync(ct);
            return new Given(task.Id);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/tasks", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                var given = await handler.Handle(clientId, request, ct);
                return Results.Created($"/api/clients/{clientId}/tasks#{given.Id}", given);
            })
            .Produces<Given>(StatusCodes.Status201Created)
            .WithSummary("Give the client a task: { kind: Questionnaire|Contact|Document|Other, title, details, dueOn }");
}
