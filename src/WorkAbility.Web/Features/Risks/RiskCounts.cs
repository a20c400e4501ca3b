using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Statistics;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// How many of an organisation's active cases show each risk: aggregates only, counts under five
/// suppressed (null). Read from the kept risk states (<see cref="CaseRiskState"/>) per risk
/// combination, from the organisation's kept tallies (<see cref="CaseTally"/>). Used by the managers' risk counts and the statistics page.
/// </summary>
[Published]
public sealed class RiskCounts(AppDbContext db, CaseRiskRollup rollup, CaseTallies tallies)
{
    /// <summary>How many of the organisation's states past the recheck interval a count evaluates again first; the round keeps the rest.</summary>
    public const int StaleRefreshedPerCount = 500;

    public async Task<IReadOnlyDictionary<RiskCode, int?>> ForOrganisation(Guid organisationId, CancellationToken ct)
    {
        await rollup.RefreshStale(db.CaseRiskStates.Where(s => s.OrganisationId == organisationId), StaleRefreshedPerCount, ct);
        var combinations = await tallies.Of(TallyKind.OrganisationRisks, organisationId, ct);
        return Enum.GetValues<RiskCode>().ToDictionary(code => code,
            code => SmallGroups.Reveal(combinations.Where(c => CaseRiskState.Includes(c.Key, code)).Sum(c => c.Count)));
    }
}
