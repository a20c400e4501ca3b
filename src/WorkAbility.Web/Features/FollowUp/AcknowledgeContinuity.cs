using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F41: the organisation that goes on serving the client says it has read the continuity plan; once is enough.</summary>
public static class AcknowledgeContinuity
{
    public sealed record Request(string? Version);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var handoff = await db.ContinuityHandoffs.SingleOrDefaultAsync(h => h.Id == id && h.OrganisationId == actor.OrganisationId, ct)
                ?? throw new ClientNotFoundException();
            if (request.Version is { Length: > 0 } version && Guid.TryParse(version, out var v) && handoff.AcknowledgedAt is null)
            {
                db.Entry(handoff).Property(h => h.Version).OriginalValue = v;
            }
            handoff.Acknowledge(actor.ProfessionalId!.Value, actor.OrganisationId!.Value, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder continuity) =>
        continuity.MapPost("/{id:guid}/acknowledge", async (Guid id, Request? request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(id, request ?? new Request(null), ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The receiving organisation acknowledges a continuity plan; again is the same fact");
}
