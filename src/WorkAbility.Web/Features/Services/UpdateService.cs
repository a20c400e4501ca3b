using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>F17: an administrator edits a service; an edit based on an older version is a conflict (409), never an overwrite.</summary>
public static class UpdateService
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task Handle(Guid id, EditServiceForm.Request request, CancellationToken ct)
        {
            ServiceAdministration.RequireAdministrator(access);
            var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainRuleException.NotFound("service_not_found");
            if (request.Version is { Length: > 0 } version && version != service.Version.ToString("N"))
            {
                throw new DbUpdateConcurrencyException();
            }
            await ServiceAdministration.EnsureOrganisation(db, request.ProviderOrganisationId, ct);
            service.Update(request.ToDetails());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder services) =>
        services.MapPut("/{id:guid}", async (Guid id, EditServiceForm.Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Administrators edit a service; version must match (409 otherwise)");
}
