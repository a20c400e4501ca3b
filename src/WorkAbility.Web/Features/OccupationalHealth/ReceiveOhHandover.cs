using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>F26: the county's coordinator receives the handover and becomes the case's coordinator.</summary>
public static class ReceiveOhHandover
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.handover.receive";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (work.Actor.Role is not StaffRole.Coordinator ||
                !await OhHandoverReceipt.ReceivePending(db, work.Case, work.ProfessionalId, work.Actor.OrganisationId!.Value, clock.GetUtcNow(), ct))
            {
                throw new DomainRuleException("oh_handover_not_yours");
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/handover/receive", async (Guid clientId, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
