using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>F6: the client, or a professional with the client, fills the work ability self-assessment; every filling is kept.</summary>
public static class FillSelfAssessment
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "self-assessment";

    public sealed class Handler(AppDbContext db, ClientAccess access, QuestionnaireLibrary library, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, IReadOnlyDictionary<string, string?> answers, CancellationToken ct)
        {
            var actor = access.Actor;
            if (actor.Kind is not (ActorKind.Professional or ActorKind.Client))
            {
                throw new ClientNotFoundException();
            }
            await access.AuthoriseCreate(clientId, Change, ct);
            var filling = SelfAssessment.Record(clientId, library.SelfAssessment, answers,
                actor.Kind is ActorKind.Client ? FilledBy.Client : FilledBy.ProfessionalWithClient, actor.ProfessionalId, clock.GetUtcNow());
            db.SelfAssessments.Add(filling);
            await db.SaveChangesAsync(ct);
            return filling.Id;
        }
    }

    /// <summary>I fill in my self-assessment (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapPost("/self-assessments", async (Dictionary<string, string?> answers, Handler handler, ClientAccess access, CancellationToken ct) =>
            Results.Created("/api/me/self-assessments", new { id = await handler.Handle(access.OwnClientId(), answers, ct) }))
            .Produces(StatusCodes.Status201Created).WithSummary("Stores my filling of the work ability self-assessment: an object of linkId → answer");

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/self-assessments", async (Guid clientId, Dictionary<string, string?> answers, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/self-assessments", new { id = await handler.Handle(clientId, answers, ct) }))
            .Produces(StatusCodes.Status201Created).WithSummary("Stores one filling of the work ability self-assessment: an object of linkId → answer");
}
