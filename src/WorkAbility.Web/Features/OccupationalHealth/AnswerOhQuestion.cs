using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>F42: the occupational health unit asked answers the county's question in the case, once; the asker is told.</summary>
public static class AnswerOhQuestion
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.answer";

    public sealed class Request
    {
        public string? Answer { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid questionId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.LoadClientForWrite(clientId, Change, ct);
            var question = await (from q in db.OhQuestions
                                  join c in db.SupportCases on q.SupportCaseId equals c.Id
                                  where q.Id == questionId && c.ClientId == clientId
                                  select q).SingleOrDefaultAsync(ct) ?? throw new ClientNotFoundException();
            if (request.Version is { Length: > 0 } version && Guid.TryParse(version, out var v))
            {
                db.Entry(question).Property(q => q.Version).OriginalValue = v;
            }
            var now = clock.GetUtcNow();
            question.AnswerWith(request.Answer, actor.ProfessionalId!.Value, actor.OrganisationId!.Value, now);
            var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.Id == question.SupportCaseId, ct);
            if (supportCase.IsActive)
            {
                supportCase.Record(CaseEventKind.OhQuestionAnswered, actor.ProfessionalId, now);
                supportCase.Tell(WhoIsTold.OhQuestionAnswered(supportCase.Id, question.Id, question.AskedById, now));
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/questions/{questionId:guid}/answer", async (Guid clientId, Guid questionId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, questionId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The occupational health unit asked answers the county's question, once");
}
