using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// How many of an organisation's active cases show each risk today: aggregates only, counts under
/// five suppressed (null). Used by the managers' risk counts and the statistics page.
/// </summary>
public sealed class RiskCounts(AppDbContext db, CaseRiskFacts riskFacts, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<RiskCode, int?>> ForOrganisation(Guid organisationId, CancellationToken ct)
    {
        var evaluated = await riskFacts.Evaluate(db.SupportCases.Where(c => c.Stage != CaseStage.Ended && c.OpenedAtOrganisationId == organisationId), clock.GetUtcNow(), ct);
        return Enum.GetValues<RiskCode>().ToDictionary(code => code, code => SmallGroups.Reveal(evaluated.Count(e => e.Risks.Any(r => r.Code == code))));
    }
}
