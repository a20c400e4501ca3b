using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F34: the responsible occupational health unit records a work ability negotiation
/// (työterveysneuvottelu) — its participants, the measures agreed and when they look at it again. The
/// follow-up date becomes a due on the case, so the radar sees if it slips; OH keeps overall responsibility.
/// </summary>
public static class RecordWorkAbilityNegotiation
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.negotiation";

    public sealed class Participant
    {
        public NegotiationRole? Role { get; set; }
        public string? Name { get; set; }
    }

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public DateOnly? HeldOn { get; set; }
        public List<Participant?>? Participants { get; set; }
        public List<AgreedMeasures>? Measures { get; set; }
        public string? Agreement { get; set; }
        public DateOnly? FollowUpOn { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct);
            var now = clock.GetUtcNow();
            var measures = (request.Measures ?? []).Aggregate(AgreedMeasures.None, (all, m) => all | m);
            var negotiation = WorkAbilityNegotiation.Record(work.Case.Id, request.HeldOn,
                request.Participants?.Select(p => p is null ? null : new WorkAbilityNegotiation.ParticipantForm(p.Role, p.Name)).ToList(),
                measures, request.Agreement, request.FollowUpOn, work.ProfessionalId, now);
            db.WorkAbilityNegotiations.Add(negotiation);
            db.FollowUpDues.Add(FollowUpDue.On(work.Case.Id, negotiation.FollowUpOn));
            work.Case.Record(CaseEventKind.WorkAbilityNegotiationHeld, work.ProfessionalId, now);
            await db.SaveChangesAsync(ct);
            return negotiation.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/negotiations", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                var id = await handler.Handle(clientId, request, ct);
                return Results.Created($"/api/clients/{clientId}/occupational-health", new { id });
            }).Produces(StatusCodes.Status201Created)
            .WithSummary("The responsible OH unit records a work ability negotiation: participants, agreed measures, follow-up date");
}
