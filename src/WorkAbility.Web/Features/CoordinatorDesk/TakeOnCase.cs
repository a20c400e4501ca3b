using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorDesk;

/// <summary>F9: the coordinator takes the case on and becomes its coordinator (an event on the timeline).</summary>
public static class TakeOnCase
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, CancellationToken ct)
        {
            if (access.Actor.Role is not StaffRole.Coordinator)
            {
                throw new ClientNotFoundException();
            }
            var work = await access.LoadCaseForWrite(clientId, "case.coordinator", ct);
            var now = clock.GetUtcNow();
            // A client handed over by occupational health is received by taking the case on (F26).
            if (!await OhHandoverReceipt.ReceivePending(db, work.Case, work.ProfessionalId, work.Actor.OrganisationId!.Value, now, ct))
            {
                work.Case.AssignCoordinator(work.ProfessionalId, work.ProfessionalId, now);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/cases/coordinator", async (Guid clientId, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The signed-in coordinator becomes the coordinator of the client's active case");
}
