using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F34: occupational health keeps overall responsibility and refers the client to a service of the
/// catalogue — a sote-centre's, employment services', an NGO's — without a coordinator-formed team.
/// The same closed loop as a team's referral: the client's consent must name the provider, a service
/// the client already has or already waits for is not referred again, the provider moves it along.
/// </summary>
public static class ReferFromOccupationalHealth
{
    public sealed record Request(Guid? ServiceId, string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, "referral.send", ct);
            var (supportCase, me) = (work.Case, work.ProfessionalId);
            var service = request.ServiceId is { } id ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.Active, ct) : null;
            if (service is null)
            {
                throw new DomainValidationException([new FieldError("serviceId", request.ServiceId is null ? TextRules.Required : "invalid_choice")]);
            }
            if (service.ProviderOrganisationId is not { } provider)
            {
                throw new DomainRuleException("referral_needs_provider", "serviceId");
            }
            if (provider != supportCase.OpenedAtOrganisationId && access.ConsentedCategories(clientId, provider) is DataCategory.None)
            {
                throw new DomainRuleException("referral_needs_consent", "serviceId");
            }
            var now = clock.GetUtcNow();
            var today = FinnishCalendar.DateOf(now);
            if (await db.ExistingServices.AnyAsync(e => e.ClientId == clientId && e.ServiceId == service.Id && (e.Until == null || e.Until > today), ct))
            {
                throw new DomainRuleException("referral_client_has_service", "serviceId");
            }
            var open = await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && ReferralTransitions.OpenStatuses.Contains(r.Status))
                .Select(r => r.ServiceId).ToListAsync(ct);
            var referral = Referral.Send(supportCase.Id, null, service.Id, provider, request.Note, open, me, now);
            db.Referrals.Add(referral);
            supportCase.Record(CaseEventKind.ReferralSent, me, now, new CaseEventDetail.Text(service.Name));
            supportCase.Tell(WhoIsTold.ReferralSent(supportCase.Id, referral.Id, provider, now));
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/referrals", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                var id = await handler.Handle(clientId, request, ct);
                return Results.Created($"/api/referrals/{id}", new { id });
            }).Produces(StatusCodes.Status201Created)
            .WithSummary("The responsible OH unit refers the client to a catalogue service (consent-checked), without a team");
}
