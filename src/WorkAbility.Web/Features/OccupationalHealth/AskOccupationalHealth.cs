using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F42: the county's professional refers an employed client to their occupational health unit with a question (seed 004:
/// "kysymyksenasettelun kera") – assess work ability, arrange a work ability negotiation, plan the return to work – under a
/// consent naming the unit; its staff are told.
/// </summary>
public static class AskOccupationalHealth
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.question";

    public sealed class Request
    {
        public Guid? OrganisationId { get; set; }
        public OhQuestionKind? Kind { get; set; }
        public string? Question { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (!WorkAbility.Domain.Teams.CaseTeam.MayWorkOnCase(await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == work.Case.Id, ct),
                    work.ProfessionalId, work.Case.CoordinatorId, work.Case.OwnerId))
            {
                throw new DomainRuleException("plan_written_by_team");
            }
            var to = request.OrganisationId is { } id ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) : null;
            if (to is null || to.Kind is not OrganisationKind.OccupationalHealth)
            {
                throw new DomainValidationException([new FieldError("organisationId", request.OrganisationId is null ? TextRules.Required : "invalid_choice")]);
            }
            if (!access.ConsentedCategories(clientId, to.Id).HasFlag(DataCategory.HealthData))
            {
                throw new DomainRuleException("oh_question_needs_consent", "organisationId");
            }
            var now = clock.GetUtcNow();
            var question = OhQuestion.Ask(work.Case.Id, to.Id, request.Kind, request.Question, work.ProfessionalId, now);
            db.OhQuestions.Add(question);
            work.Case.Record(CaseEventKind.OhQuestionAsked, work.ProfessionalId, now, new CaseEventDetail.Text(to.Name));
            work.Case.Tell(WhoIsTold.OhQuestionAsked(work.Case.Id, question.Id, to.Id, now));
            await db.SaveChangesAsync(ct);
            return question.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/questions", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/occupational-health", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("The county asks the client's occupational health unit (organisationId) a question: kind AssessWorkAbility, ArrangeNegotiation or ReturnToWorkPlanning");
}
