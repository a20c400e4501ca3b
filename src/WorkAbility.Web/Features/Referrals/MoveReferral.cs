using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F18: the provider's professionals receive, accept or decline, start, complete or mark
/// did-not-attend; the team withdraws. A move based on an old version is a conflict.
/// </summary>
public static class MoveReferral
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "referral.move";

    public sealed class Request
    {
        public ReferralStatus? Status { get; set; }

        /// <summary>A decline's coded reason (<see cref="ReferralOutcomes.DeclineReasons"/>); "Other" needs <see cref="Reason"/>.</summary>
        public ReferralOutcomeCode? ReasonCode { get; set; }
        public string? Reason { get; set; }

        /// <summary>A completion: whether the client got the help sought, and how many visits or days were delivered.</summary>
        public bool? GotHelp { get; set; }
        public int? DeliveredAmount { get; set; }
        public DeliveryUnit? DeliveredUnit { get; set; }
        public EmploymentOutcome? EmploymentOutcome { get; set; }
        public int? HoursPerWeek { get; set; }
        public string? Employer { get; set; }
        public string? Version { get; set; }

        public ReferralMove ToMove() => new()
        {
            ReasonCode = ReasonCode, Reason = Reason, GotHelp = GotHelp, DeliveredAmount = DeliveredAmount, DeliveredUnit = DeliveredUnit,
            EmploymentOutcome = EmploymentOutcome, HoursPerWeek = HoursPerWeek, Employer = Employer,
        };
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid referralId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var found = await ReferralReads.Locate(db, referralId, ct);
            await access.LoadClientForWrite(found.ClientId, Change, ct);
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
            if (request.Version is { Length: > 0 } version)
            {
                // A version that is no version at all cannot be checked: it is refused, not taken as "no version named".
                db.Entry(referral).Property(r => r.Version).OriginalValue = Guid.TryParse(version, out var v)
                    ? v
                    : throw new DomainValidationException([new FieldError("version", "invalid_choice")]);
            }
            if (request.Status is not { } to)
            {
                throw new DomainValidationException([new FieldError("status", TextRules.Required)]);
            }
            var me = actor.ProfessionalId!.Value;
            var team = await ReferralReads.Team(db, referral.SupportCaseId, ct);
            if (!referral.MayMove(to, actor.OrganisationId!.Value, CaseTeam.MayWorkOnCase(team, me, found.CoordinatorId)))
            {
                throw new DomainRuleException(ReferralTransitions.IsProvidersMove(to) ? "referral_moved_by_provider" : "referral_withdrawn_by_team", "status");
            }
            var now = clock.GetUtcNow();
            referral.MoveTo(to, me, now, request.ToMove());
            var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.Id == referral.SupportCaseId, ct);
            if (supportCase.IsActive)
            {
                supportCase.Record(CaseEventKind.ReferralStatusChanged, me, now, new CaseEventDetail.ReferralStatus(to));
                supportCase.Tell(WhoIsTold.ReferralMoved(supportCase.Id, referral.Id, referral.SentById, team?.CaseManagerId, me, now));
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapPost("/{referralId:guid}/status", async (Guid referralId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(referralId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("Moves a referral along its loop: received, accepted/declined (reasonCode, reason), started, completed (gotHelp, deliveredAmount, deliveredUnit, employmentOutcome), did-not-attend, withdrawn");
}
