using WorkAbility.Data;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Plans;

/// <summary>F16: what changed between two versions of the plan.</summary>
public static class ComparePlanVersions
{
    public sealed record Comparison(int From, int To, IReadOnlyList<PlanChange> Changes);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<Comparison> Handle(Guid clientId, int from, int to, CancellationToken ct)
        {
            await access.ReadClient(clientId, "plan.compare", ct);
            var before = await PlanHistory.Version(db, clientId, from, ct);
            var after = await PlanHistory.Version(db, clientId, to, ct);
            return new Comparison(from, to, PlanComparison.Compare(before, after));
        }
    }

    public static void Map(RouteGroupBuilder plan) =>
        plan.MapGet("/compare", async (Guid clientId, int from, int to, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(clientId, from, to, ct)));
}
