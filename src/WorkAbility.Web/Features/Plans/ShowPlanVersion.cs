using WorkAbility.Data;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Plans;

/// <summary>F16: one saved version of the plan, as it was.</summary>
public static class ShowPlanVersion
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<PlanContent> Handle(Guid clientId, int number, CancellationToken ct)
        {
            await access.ReadClient(clientId, "plan.version", ct);
            return await PlanHistory.Version(db, clientId, number, ct);
        }
    }

    public static void Map(RouteGroupBuilder plan) =>
        plan.MapGet("/versions/{number:int}", async (Guid clientId, int number, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(clientId, number, ct)));
}
