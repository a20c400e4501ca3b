using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F41: the team records a referral or application made outside the network – to Kela, a pension insurer, an occupational
/// health unit without access, a private provider – so the case shows everything the client is waiting for.
/// </summary>
public static class RecordExternalReferral
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "external-referral.record";

    public sealed class Request
    {
        public ExternalReceiver? Receiver { get; set; }
        public string? ReceiverName { get; set; }
        public string? What { get; set; }
        public DateOnly? SentOn { get; set; }
        public DateOnly? ExpectedBy { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (!work.RequireTeam().MayWritePlan(work.ProfessionalId, work.Case.CoordinatorId))
            {
                throw new DomainRuleException("plan_written_by_team");
            }
            var now = clock.GetUtcNow();
            var referral = ExternalReferral.Record(work.Case.Id,
                new ExternalReferral.Details(request.Receiver, request.ReceiverName, request.What, request.SentOn, request.ExpectedBy, request.Note),
                work.ProfessionalId, now);
            db.ExternalReferrals.Add(referral);
            work.Case.Record(CaseEventKind.ReferralSent, work.ProfessionalId, now, new CaseEventDetail.Text(referral.What + " (" + referral.ReceiverName + ")"));
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/external-referrals", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/external-referrals", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("Records a referral made outside the network (receiver Kela, PensionInsurer, OccupationalHealth, PrivateProvider, Other; receiverName, what, sentOn, expectedBy, note)");
}
