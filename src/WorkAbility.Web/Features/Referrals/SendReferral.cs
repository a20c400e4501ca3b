using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F18: a plan action that uses a catalogue service is sent to the service's provider. Sending
/// across organisations needs the client's consent naming the provider.
/// </summary>
public static class SendReferral
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "referral.send";

    public sealed record Request(Guid? ActionId, string? Note);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
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
            var referral = await ReferralSending.Send(db, access, clientId, supportCase, action.Id, service, request.Note, me, clock.GetUtcNow(), "actionId", ct);
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/referrals", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/referrals", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created).WithSummary("Sends a plan action's catalogue service to its provider as a referral");
}
