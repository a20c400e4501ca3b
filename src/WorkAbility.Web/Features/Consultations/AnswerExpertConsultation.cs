using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>F35: a professional of the consulted organisation answers in the case; the answer is on the case's timeline and consultation list.</summary>
public static class AnswerExpertConsultation
{
    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public string? Answer { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var consultation = await db.CaseConsultations.SingleOrDefaultAsync(k => k.Id == id, ct);
            // Another organisation's question is not there for the caller, as for a client they may not see.
            if (consultation is null || consultation.ToOrganisationId != actor.OrganisationId)
            {
                throw new ClientNotFoundException();
            }
            var work = await access.LoadCaseForWrite(consultation.ClientId, "consultation.answer", ct);
            var now = clock.GetUtcNow();
            consultation.AnswerWith(work.ProfessionalId, actor.OrganisationId!.Value, request.Answer, now);
            work.Case.Record(CaseEventKind.ExpertAnswered, work.ProfessionalId, now);
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapPost("/about-clients/{id:guid}/answer", async (Guid id, Request request, Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(id, request, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound)
            .WithSummary("A professional of the consulted organisation answers a consultation about a named client");
}
