using WorkAbility.Data;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>F17: an administrator adds a service to the catalogue.</summary>
public static class AddService
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(EditServiceForm.Request request, CancellationToken ct)
        {
            ServiceAdministration.RequireAdministrator(access);
            await ServiceAdministration.EnsureOrganisation(db, request.ProviderOrganisationId, ct);
            var service = CatalogueService.Create(request.ToDetails(), clock.GetUtcNow());
            db.Services.Add(service);
            await db.SaveChangesAsync(ct);
            return service.Id;
        }
    }

    public static void Map(RouteGroupBuilder services) =>
        services.MapPost("/", async (EditServiceForm.Request request, Handler handler, CancellationToken ct) =>
            Results.Created("/api/services", new { id = await handler.Handle(request, ct) })).Produces(StatusCodes.Status201Created)
            .WithSummary("Administrators add a service");
}
