using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>F41: a service's capacity as its provider last told it, its service level, and whether the caller may change it.</summary>
public static class ShowCapacity
{
    /// <summary>The capacity as the API gives it, with the version a change is made on.</summary>
    public sealed record View(Guid ServiceId, string Service, ServiceCapacity? Capacity, int? WaitWeeks, DateTimeOffset? UpdatedAt,
        int RespondWithinDays, bool MayChange, string Version);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid id, string language, CancellationToken ct)
        {
            // Anyone signed in reads it (the catalogue shows it to all); only the provider's own professionals may change it.
            var actor = access.Actor;
            var s = await db.Services.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainRuleException.NotFound("service_not_found");
            return new View(s.Id, s.NameIn(language), s.Capacity, s.WaitWeeks, s.CapacityUpdatedAt, s.RespondWithinDays,
                actor.Kind is WorkAbility.Domain.Access.ActorKind.Professional && actor.OrganisationId is { } org && s.MayKeepCapacity(org), s.Version.ToString("N"));
        }

    }

    public static void Map(RouteGroupBuilder services) =>
        services.MapGet("/{id:guid}/capacity", async (Guid id, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(id, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)))
            .WithSummary("A service's capacity as its provider last told it, and whether the caller may change it");
}
