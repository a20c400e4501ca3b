using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>What the OH use cases share: only the responsible OH unit works on its path.</summary>
internal static class OhWork
{
    public static async Task<CaseForWrite> LoadCaseForOh(this ClientAccess access, Guid clientId, string resource, CancellationToken ct,
        bool employedWithoutOhToo = false)
    {
        var work = await access.LoadCaseForWrite(clientId, resource, ct);
        if (employedWithoutOhToo && work.Case.Path is ServicePath.EmployedWithoutOccupationalHealth)
        {
            return work;
        }
        if (!work.Case.IsOccupationalHealthOf(work.Actor.OrganisationId!.Value))
        {
            throw new DomainRuleException(work.Case.Path is ServicePath.EmployedWithOccupationalHealth ? "oh_not_responsible" : "oh_path_required");
        }
        return work;
    }
}
