using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Features.Services;

/// <summary>F17: one catalogue service, as the editor starts from it.</summary>
public static class ShowService
{
    public sealed class Handler(AppDbContext db)
    {
        public Task<CatalogueService?> Handle(Guid id, CancellationToken ct) =>
            db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    public static void Map(RouteGroupBuilder services) =>
        services.MapGet("/{id:guid}", async (Guid id, Handler handler, CancellationToken ct) =>
            await handler.Handle(id, ct) is { } s ? Results.Ok(EditServiceForm.Request.From(s)) : Results.NotFound());
}
