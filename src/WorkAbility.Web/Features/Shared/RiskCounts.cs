using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// How many of an organisation's active cases show each risk: aggregates only, counts under five
/// suppressed (null). Read from the kept risk states (<see cref="CaseRiskState"/>) per risk
/// combination, in the organisation's index range. Used by the managers' risk counts and the statistics page.
/// </summary>
public sealed class RiskCounts(AppDbContext db, CaseRiskRollup rollup)
{
    /// <summary>How many of the organisation's states past the recheck interval a count evaluates again first; the round keeps the rest.</summary>
    public const int StaleRefreshedPerCount = 500;

    public async Task<IReadOnlyDictionary<RiskCode, int?>> ForOrganisation(Guid organisationId, CancellationToken ct)
    {
        await rollup.RefreshStale(db.CaseRiskStates.Where(s => s.OrganisationId == organisationId), StaleRefreshedPerCount, ct);
        var combinations = await db.CaseRiskStates.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Risks != 0)
            .GroupBy(s => s.Risks).Select(g => new { Risks = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<RiskCode>().ToDictionary(code => code,
            code => SmallGroups.Reveal(combinations.Where(c => CaseRiskState.Includes(c.Risks, code)).Sum(c => c.Count)));
    }
}
