using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// Sending a catalogue service to its provider (F18), the same for a team's plan action and for occupational
/// health's own referral (F34): a provider outside the holding organisation needs the client's consent naming it,
/// a service the client already has is not referred again (F32), nor one already open; the case's timeline and the
/// provider's staff are told. Refusals name <paramref name="field"/>, the input the sender chose the service with.
/// </summary>
public static class ReferralSending
{
    public static async Task<Referral> Send(AppDbContext db, ClientAccess access, Guid clientId, SupportCase supportCase, Guid? planActionId,
        CatalogueService service, string? note, Guid sentById, DateTimeOffset now, string field, CancellationToken ct)
    {
        if (service.ProviderOrganisationId is not { } provider)
        {
            throw new DomainRuleException("referral_needs_provider", field);
        }
        if (!ReferralConsent.Covers(provider, supportCase.OpenedAtOrganisationId, access.FactsOf(clientId).ConsentedCategories ?? new Dictionary<Guid, DataCategory>()))
        {
            throw new DomainRuleException("referral_needs_consent", field);
        }
        var today = FinnishCalendar.DateOf(now);
        if (await db.ExistingServices.AnyAsync(e => e.ClientId == clientId && e.ServiceId == service.Id && (e.Until == null || e.Until > today), ct))
        {
            throw new DomainRuleException("referral_client_has_service", field);
        }
        var open = await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && ReferralTransitions.OpenStatuses.Contains(r.Status))
            .Select(r => r.ServiceId).ToListAsync(ct);
        var referral = Referral.Send(supportCase.Id, planActionId, service.Id, provider, service.RespondWithinDays, note, open, sentById, now);
        db.Referrals.Add(referral);
        supportCase.Record(CaseEventKind.ReferralSent, sentById, now, new CaseEventDetail.Text(service.Name));
        supportCase.Tell(WhoIsTold.ReferralSent(supportCase.Id, referral.Id, provider, now));
        return referral;
    }
}
