using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F21: a follow-up meeting reviews every goal, the services' effectiveness and the current need.</summary>
public static class RecordReview
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "follow-up.review";

    public sealed record GoalInput(GoalProgress? Progress, string? Note);

    public sealed class Request
    {
        public Dictionary<Guid, GoalInput> Goals { get; set; } = [];
        public string? ServicesEffectiveness { get; set; }
        public CurrentNeed? Need { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForFollowUp(clientId, Change, ct);
            var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == work.Case.Id, ct)
                ?? throw new DomainRuleException("follow_up_needs_plan");
            var now = clock.GetUtcNow();
            var today = FinnishCalendar.DateOf(now);
            var review = FollowUpReview.Record(work.Case.Id, today, plan.Content.Goals,
                request.Goals.ToDictionary(g => g.Key, g => (g.Value.Progress, g.Value.Note)), request.ServicesEffectiveness, request.Need,
                work.ProfessionalId, now);
            db.FollowUpReviews.Add(review);
            await FollowUpWork.MeetDues(db, work.Case.Id, today, ct);
            work.Case.NoteFollowUp(CaseEventKind.FollowUpReviewed, work.ProfessionalId, now, new CaseEventDetail.Need(review.Need));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/follow-up/reviews", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/follow-up", null);
        }).Produces(StatusCodes.Status201Created)
        .WithSummary("A follow-up meeting's review: progress of every goal (by goal id), services' effectiveness, current need");
}
