using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F18: a plan action that uses a catalogue service is sent to the service's provider. Sending
/// across organisations needs the client's consent naming the provider.
/// </summary>
public static class SendReferral
{
    public sealed record Request(Guid? ActionId, string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, "referral.send", ct);
            var (supportCase, me) = (work.Case, work.ProfessionalId);
            if (!work.RequireTeam().MayWritePlan(me, supportCase.CoordinatorId))
            {
                throw new DomainRuleException("plan_written_by_team");
            }
            var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct)
                ?? throw new DomainRuleException("follow_up_needs_plan");
            var action = plan.Content.Actions.FirstOrDefault(a => a.Id == request.ActionId)
                ?? throw new DomainValidationException([new FieldError("actionId", TextRules.Required)]);
            if (action.ServiceId is not { } serviceId)
            {
                throw new DomainRuleException("referral_needs_service", "actionId");
            }
            var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == serviceId, ct);
            if (service.ProviderOrganisationId is not { } provider)
            {
                throw new DomainRuleException("referral_needs_provider", "actionId");
            }
            var now = clock.GetUtcNow();
            if (provider != supportCase.OpenedAtOrganisationId && access.ConsentedCategories(clientId, provider) is DataCategory.None)
            {
                throw new DomainRuleException("referral_needs_consent", "actionId");
            }
            // A service the client already has is not referred to again: the team builds on it instead (F32).
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
            if (await db.ExistingServices.AnyAsync(e => e.ClientId == clientId && e.ServiceId == serviceId && (e.Until == null || e.Until > today), ct))
            {
                throw new DomainRuleException("referral_client_has_service", "actionId");
            }
            var open = await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && ReferralTransitions.OpenStatuses.Contains(r.Status))
                .Select(r => r.ServiceId).ToListAsync(ct);
            var referral = Referral.Send(supportCase.Id, action.Id, serviceId, provider, request.Note, open, me, now);
            db.Referrals.Add(referral);
            supportCase.Record(CaseEventKind.ReferralSent, me, now, new CaseEventDetail.Text(service.Name));
            supportCase.Tell(WhoIsTold.ReferralSent(supportCase.Id, referral.Id, provider, now));
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/referrals", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/referrals", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created).WithSummary("Sends a plan action's catalogue service to its provider as a referral");
}
