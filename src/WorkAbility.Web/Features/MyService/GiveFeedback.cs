using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Feedback;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F36: the client answers a short survey — was I heard, is my plan clear, did the support help,
/// and an open answer. The answer is tied to the case only so that it can be counted by
/// organisation and stage; no page or API shows it to a professional.
/// </summary>
public static class GiveFeedback
{
    /// <param name="EverydayCoping">The experienced change at the end of support (F39), each 1–5, optional.</param>
    public sealed record Request(int? Heard, int? PlanClear, int? Helped, string? Comment, int? EverydayCoping = null, int? HealthAndWellbeing = null,
        int? Relationships = null, int? ReadinessForWorkOrStudy = null, int? BeliefInFuture = null);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Request request, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.AuthoriseCreate(clientId, "me.feedback", ct);
            var supportCase = await MyCase.Current(db, clientId, ct) ?? throw new DomainRuleException("no_active_case");
            var now = clock.GetUtcNow();
            var occasion = await MyCase.FeedbackDue(db, supportCase, now, ct) ?? FeedbackOccasion.Other;
            var answer = ClientFeedback.Give(supportCase.Id, supportCase.Stage, occasion, request.Heard, request.PlanClear, request.Helped, request.Comment, now,
                new ExperiencedChange(request.EverydayCoping, request.HealthAndWellbeing, request.Relationships, request.ReadinessForWorkOrStudy, request.BeliefInFuture));
            // One answer per occasion: an answer already given since the occasion began is replaced by this one.
            var began = FeedbackPrompt.OccasionBegan(supportCase.OpenedAt, supportCase.EndedAt, await MyCase.LastMeetingHeld(db, supportCase.Id, ct));
            var earlier = await db.Feedback.Where(f => f.SupportCaseId == supportCase.Id && f.GivenAt >= began).OrderByDescending(f => f.GivenAt).FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                earlier.Replace(answer);
            }
            else
            {
                db.Feedback.Add(answer);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/feedback", async (Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The client's feedback: heard, planClear, helped (1–5, each optional) and a comment");
}
