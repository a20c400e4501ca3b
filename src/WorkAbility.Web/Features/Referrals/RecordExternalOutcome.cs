using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>F41: the team records what came of a referral made outside the network, with the network's outcome codes; once.</summary>
public static class RecordExternalOutcome
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "external-referral.outcome";

    public sealed class Request
    {
        public ReferralOutcomeCode? Code { get; set; }
        public DateOnly? On { get; set; }
        public string? Note { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid id, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (!work.RequireTeam().MayWritePlan(work.ProfessionalId, work.Case.CoordinatorId))
            {
                throw new DomainRuleException("plan_written_by_team");
            }
            var referral = await db.ExternalReferrals.SingleOrDefaultAsync(r => r.Id == id && r.SupportCaseId == work.Case.Id, ct)
                ?? throw new ClientNotFoundException();
            if (request.Version is { Length: > 0 } version)
            {
                db.Entry(referral).Property(r => r.Version).OriginalValue = Guid.TryParse(version, out var v)
                    ? v : throw new DomainValidationException([new FieldError("version", "invalid_choice")]);
            }
            referral.RecordOutcome(request.Code, request.On, request.Note, work.ProfessionalId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/external-referrals/{id:guid}/outcome", async (Guid clientId, Guid id, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("Records the outcome of a referral made outside the network (code, on, note; Other needs the note); once");
}
