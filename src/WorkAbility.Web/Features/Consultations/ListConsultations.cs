using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>F4: for a coordinator the inbox (unanswered first, oldest first) and their own; for others their own.</summary>
public static class ListConsultations
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<ConsultationItem>> Handle(CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId;
            bool coordinator = actor.Role is StaffRole.Coordinator;
            var query = db.Consultations.AsNoTracking().Where(c => coordinator || c.AskedById == me);
            return await ConsultationItem.Project(db, query.OrderBy(c => c.AnsweredAt != null).ThenBy(c => c.AskedAt).Take(200), me, ct);
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapGet("/", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)));
}
