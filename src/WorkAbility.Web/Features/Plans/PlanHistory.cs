using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Web.Features.Plans;

/// <summary>The saved versions of a client's plans, for the use cases that read them (access already decided).</summary>
internal static class PlanHistory
{
    public static IQueryable<PlanVersion> VersionsOf(AppDbContext db, Guid clientId) =>
        db.PlanVersions.AsNoTracking()
            .Where(v => db.Plans.Any(p => p.Id == v.PlanId && db.SupportCases.Any(c => c.Id == p.SupportCaseId && c.ClientId == clientId)));

    public static async Task<PlanContent> Version(AppDbContext db, Guid clientId, int number, CancellationToken ct) =>
        await VersionsOf(db, clientId).Where(v => v.Number == number)
            .OrderByDescending(v => v.SavedAt).Select(v => v.Content).FirstOrDefaultAsync(ct)
        ?? throw DomainRuleException.NotFound("plan_version_not_found");
}
