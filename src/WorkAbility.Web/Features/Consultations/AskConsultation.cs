using WorkAbility.Data;
using WorkAbility.Domain.Consultations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>F4: any professional asks the coordinators anonymously — no client fields exist to fill.</summary>
public static class AskConsultation
{
    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public string? Subject { get; set; }
        public string? Question { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var consultation = AnonymousConsultation.Ask(actor.ProfessionalId!.Value, actor.OrganisationId!.Value, request.Subject, request.Question, clock.GetUtcNow());
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync(ct);
            return consultation.Id;
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapPost("/", async (Request request, Handler handler, CancellationToken ct) =>
            Results.Created("/api/consultations", new { id = await handler.Handle(request, ct) })).Produces(StatusCodes.Status201Created).DisableAntiforgery();
}
