using WorkAbility.Domain.Access;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// Risk counts over the active cases held by the caller's organisation, for managers'
/// dashboards: aggregates only, small groups suppressed (null = under five).
/// </summary>
public static class CountRisks
{
    public sealed class Handler(ClientAccess access, RiskCounts counts)
    {
        public async Task<IReadOnlyDictionary<RiskCode, int?>> Handle(CancellationToken ct)
        {
            var actor = access.Actor;
            if (!(actor.Kind is ActorKind.Manager || actor.Role is WorkAbility.Domain.Organisations.StaffRole.Coordinator) || actor.OrganisationId is not { } org)
            {
                throw new ClientNotFoundException();
            }
            return await counts.ForOrganisation(org, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/risks/counts", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("Active cases per risk at the caller's organisation (managers, coordinators); counts under 5 are null");
}
