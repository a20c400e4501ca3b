using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>
/// The work ability self-assessment (F6): filled by the client or by a professional with the
/// client; every filling is kept, so repeated fillings show the change over time.
/// </summary>
public sealed class SelfAssessments(AppDbContext db, ClientAccess access, QuestionnaireLibrary library, TimeProvider clock)
{
    public sealed record Filling(Guid Id, DateTimeOffset FilledAt, FilledBy FilledBy, IReadOnlyDictionary<string, string> Answers, IReadOnlyDictionary<string, int?> Scores);

    public Questionnaire Questionnaire => library.SelfAssessment;

    public async Task<Guid> Fill(Guid clientId, IReadOnlyDictionary<string, string?> answers, CancellationToken ct)
    {
        var actor = access.Actor;
        if (actor.Kind is not (ActorKind.Professional or ActorKind.Client))
        {
            throw new ClientNotFoundException();
        }
        await access.AuthoriseCreate(clientId, "self-assessment", ct);
        var filling = SelfAssessment.Record(clientId, library.SelfAssessment, answers,
            actor.Kind is ActorKind.Client ? FilledBy.Client : FilledBy.ProfessionalWithClient, actor.ProfessionalId, clock.GetUtcNow());
        db.SelfAssessments.Add(filling);
        await db.SaveChangesAsync(ct);
        return filling.Id;
    }

    /// <summary>All fillings of the client, newest first; one access-log entry.</summary>
    public async Task<IReadOnlyList<Filling>> History(Guid clientId, CancellationToken ct)
    {
        await access.ReadClient(clientId, "self-assessment.history", ct);
        var url = library.SelfAssessment.Url;
        var rows = await db.SelfAssessments.AsNoTracking()
            .Where(s => s.ClientId == clientId && s.QuestionnaireUrl == url)
            .OrderByDescending(s => s.FilledAt).Take(50).ToListAsync(ct);
        return rows.Select(r => new Filling(r.Id, r.FilledAt, r.FilledBy, r.Answers, r.Scores)).ToList();
    }
}
