using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Messages;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.ClientTasks;

/// <summary>
/// F40: the client's tasks — what the team asked of them and the plan's actions they answer for — for the client themselves
/// (<c>GET /api/me/tasks</c>; the home page shows the same list) or a professional taking part in the case
/// (<c>/asiakkaat/{id}/tehtavat</c>, <c>GET /api/clients/{id}/tasks</c>). Decided and logged as any read of client data;
/// a professional outside the case's team gets "not found", as for the messages.
/// </summary>
public static class ShowTasks
{
    /// <summary>The access log's names for reading a client's tasks: by the client, by a professional.</summary>
    public const string OwnRead = "me.tasks", Read = "tasks.read";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        /// <param name="clientId">The client whose tasks a professional reads; none for the signed-in client's own.</param>
        public async Task<TasksView> Handle(Guid? clientId, CancellationToken ct)
        {
            var own = clientId is null;
            var id = clientId ?? access.OwnClientId();
            if (!own)
            {
                access.RequireProfessional();
            }
            var (client, caseIds) = await access.OpenTakingPart(id, AccessAction.Read, own ? OwnRead : Read, ct);
            var active = await MessageReading.WritableCase(db, access.FactsOf(id), ct);
            var tasks = await TaskReading.Read(db, caseIds, active?.CaseId, FinnishCalendar.DateOf(clock.GetUtcNow()), ct);
            var mayGive = !own && active is not null && active.TakesPart(access.Actor.ProfessionalId!.Value);
            return new TasksView(client.Id, client.FirstName + " " + client.LastName, mayGive, tasks);
        }
    }

    public static void MapOwn(RouteGroupBuilder me) =>
        me.MapGet("/tasks", async (Handler handler, CancellationToken ct) => Results.Ok((await handler.Handle(null, ct)).Tasks))
            .WithSummary("My tasks: those the team gave me and the plan's actions I answer for; open ones first by due date");

    public static void MapClient(RouteGroupBuilder client) =>
        client.MapGet("/tasks", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)))
            .WithSummary("The client's tasks on the cases the caller takes part in (coordinator or team member); 404 for anyone else");
}
