using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;

namespace WorkAbility.Web.Features.Consents;

/// <summary>What the consent use cases share: the consent of the client, the active case to note it on, who is told of a change.</summary>
internal static class ConsentWork
{
    public static async Task<Consent> Consent(AppDbContext db, Guid clientId, Guid consentId, CancellationToken ct) =>
        await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.ClientId == clientId, ct)
        ?? throw DomainRuleException.NotFound("consent_not_found");

    public static Task<SupportCase?> ActiveCase(AppDbContext db, Guid clientId, CancellationToken ct) =>
        db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);

    public static async Task<List<Guid>> KnownOrganisations(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var known = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        if (known.Count != ids.Distinct().Count())
        {
            throw new DomainValidationException([new FieldError("organisationIds", "invalid_choice")]);
        }
        return known;
    }
}
