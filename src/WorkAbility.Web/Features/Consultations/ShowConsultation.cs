using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>F4: one consultation, to its asker and to coordinators; anyone else is told "not found".</summary>
public static class ShowConsultation
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<ConsultationItem> Handle(Guid id, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId;
            bool coordinator = actor.Role is StaffRole.Coordinator;
            var items = await ConsultationItem.Project(db, db.Consultations.AsNoTracking().Where(c => c.Id == id && (coordinator || c.AskedById == me)), me, ct);
            return items.SingleOrDefault() ?? throw new ClientNotFoundException();
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapGet("/{id:guid}", async (Guid id, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(id, ct)));
}
