using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Plans;

/// <summary>F16: the plan's versions, newest first, with who saved each; one access-log entry.</summary>
public static class ListPlanVersions
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<ShowPlan.VersionInfo>> Handle(Guid clientId, CancellationToken ct)
        {
            await access.ReadClient(clientId, "plan.versions", ct);
            return await PlanHistory.VersionsOf(db, clientId)
                .Join(db.Professionals, v => v.SavedById, p => p.Id, (v, p) => new { v.Number, v.SavedAt, Name = p.FirstName + " " + p.LastName })
                .OrderByDescending(v => v.Number)
                .Select(v => new ShowPlan.VersionInfo(v.Number, v.Name, v.SavedAt))
                .ToListAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder plan) =>
        plan.MapGet("/versions", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)));
}
