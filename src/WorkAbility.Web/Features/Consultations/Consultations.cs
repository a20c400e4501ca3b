using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Consultations;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>
/// Anonymous consultations (F4): any professional asks; coordinators see the inbox and answer;
/// the asker sees the answer. No client data exists here, so nothing is access-logged, but a
/// consultation is still visible only to its asker and to coordinators.
/// </summary>
public sealed class Consultations(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public sealed record Item(Guid Id, string Subject, string Question, DateTimeOffset AskedAt, string AskedBy, string AskedByOrganisation,
        string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, bool Mine);

    public sealed record AskRequest(string? Subject, string? Question);

    public sealed record AnswerRequest(string? Answer);

    private Actor Actor => access.Actor;

    private bool IsCoordinator => Actor.Role is StaffRole.Coordinator;

    private void EnsureProfessional() => access.RequireProfessional();

    public async Task<Guid> Ask(AskRequest request, CancellationToken ct)
    {
        EnsureProfessional();
        var consultation = AnonymousConsultation.Ask(Actor.ProfessionalId!.Value, Actor.OrganisationId!.Value, request.Subject, request.Question, clock.GetUtcNow());
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        return consultation.Id;
    }

    /// <summary>For a coordinator the inbox (unanswered first, oldest first) and their own; for others their own.</summary>
    public async Task<IReadOnlyList<Item>> List(CancellationToken ct)
    {
        EnsureProfessional();
        var me = Actor.ProfessionalId;
        var query = db.Consultations.AsNoTracking().Where(c => IsCoordinator || c.AskedById == me);
        return await Project(query.OrderBy(c => c.AnsweredAt != null).ThenBy(c => c.AskedAt).Take(200), ct);
    }

    public async Task<Item> Get(Guid id, CancellationToken ct)
    {
        EnsureProfessional();
        var me = Actor.ProfessionalId;
        var items = await Project(db.Consultations.AsNoTracking().Where(c => c.Id == id && (IsCoordinator || c.AskedById == me)), ct);
        return items.SingleOrDefault() ?? throw new ClientNotFoundException();
    }

    public async Task Answer(Guid id, AnswerRequest request, CancellationToken ct)
    {
        EnsureProfessional();
        if (!IsCoordinator)
        {
            throw new ClientNotFoundException();
        }
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new ClientNotFoundException();
        consultation.AnswerWith(Actor.ProfessionalId!.Value, request.Answer, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<IReadOnlyList<Item>> Project(IQueryable<AnonymousConsultation> query, CancellationToken ct)
    {
        var me = Actor.ProfessionalId;
        return await (from c in query
                      join asker in db.Professionals on c.AskedById equals asker.Id
                      join org in db.Organisations on c.AskedByOrganisationId equals org.Id
                      join answerer in db.Professionals on c.AnsweredById equals answerer.Id into answered
                      from answerer in answered.DefaultIfEmpty()
                      select new Item(c.Id, c.Subject, c.Question, c.AskedAt, asker.FirstName + " " + asker.LastName, org.Name,
                          c.Answer, c.AnsweredAt, answerer == null ? null : answerer.FirstName + " " + answerer.LastName, c.AskedById == me))
            .ToListAsync(ct);
    }
}

public static class ConsultationEndpoints
{
    public static IEndpointRouteBuilder MapConsultations(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/consultations").RequireAuthorization().WithTags("Consultations");
        group.MapPost("/", async (Consultations.AskRequest request, Consultations consultations, CancellationToken ct) =>
            Results.Created("/api/consultations", new { id = await consultations.Ask(request, ct) })).Produces(StatusCodes.Status201Created).DisableAntiforgery();
        group.MapGet("/", async (Consultations consultations, CancellationToken ct) => Results.Ok(await consultations.List(ct)));
        group.MapGet("/{id:guid}", async (Guid id, Consultations consultations, CancellationToken ct) => Results.Ok(await consultations.Get(id, ct)));
        group.MapPost("/{id:guid}/answer", async (Guid id, Consultations.AnswerRequest request, Consultations consultations, CancellationToken ct) =>
        {
            await consultations.Answer(id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).DisableAntiforgery();
        return endpoints;
    }
}
