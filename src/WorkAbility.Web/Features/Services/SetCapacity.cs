using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>
/// F41: the provider's own staff say how much room its service has now – room, a waiting list of some weeks, no room, an
/// assessment first – so a team sees it before it plans or refers. Anyone signed in reads it; a change based on an older
/// version is a conflict.
/// </summary>
public static class SetCapacity
{
    public sealed class Request
    {
        public ServiceCapacity? Capacity { get; set; }
        public int? WaitWeeks { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainRuleException.NotFound("service_not_found");
            if (request.Version is { Length: > 0 } version && version != service.Version.ToString("N"))
            {
                throw new DbUpdateConcurrencyException();
            }
            service.SetCapacity(request.Capacity, request.WaitWeeks, actor.ProfessionalId!.Value, actor.OrganisationId!.Value, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder services)
    {
        services.MapPut("/{id:guid}/capacity", async (Guid id, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("The provider's own staff set the capacity: Available, Waitlist (waitWeeks 1–104), NoCapacity, AssessmentRequired; version must match (409)");
    }
}
