using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Assessment;
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

    public sealed record Measure(Guid Id, string Instrument, DateOnly MeasuredOn, IReadOnlyDictionary<string, decimal> Scores, string? Note);

    public sealed record KykyviisariRequest(DateOnly? MeasuredOn, Dictionary<string, decimal?>? Scores, string? Note);

    public sealed record PageData(IReadOnlyList<Filling> Fillings, IReadOnlyList<Measure> Measures);

    public Questionnaire Questionnaire => library.SelfAssessment;

    /// <summary>A Kykyviisari result entered by a professional (the client may have filled it in Omaolo).</summary>
    public async Task<Guid> RecordKykyviisari(Guid clientId, KykyviisariRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.AuthoriseCreate(clientId, "external-measure", ct);
        var now = clock.GetUtcNow();
        var measure = ExternalMeasure.RecordKykyviisari(clientId, request.MeasuredOn, request.Scores, request.Note, actor.ProfessionalId!.Value, now,
            WorkAbility.Domain.Common.FinnishCalendar.DateOf(now));
        db.ExternalMeasures.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure.Id;
    }

    public async Task<IReadOnlyList<Measure>> Measures(Guid clientId, CancellationToken ct)
    {
        await access.ReadClient(clientId, "external-measure.history", ct);
        return MayShowHealth(clientId) ? await LoadMeasures(clientId, ct) : [];
    }

    /// <summary>Everything the self-assessment page shows, with one access-log entry.</summary>
    public async Task<PageData> Page(Guid clientId, CancellationToken ct)
    {
        await access.ReadClient(clientId, "self-assessment.page", ct);
        return MayShowHealth(clientId) ? new PageData(await LoadFillings(clientId, ct), await LoadMeasures(clientId, ct)) : new PageData([], []);
    }

    /// <summary>Self-assessments and measures are health data: across organisations only with a consent that covers it.</summary>
    private bool MayShowHealth(Guid clientId) => access.MayShow(clientId, WorkAbility.Domain.Consents.DataCategory.HealthData);

    private async Task<IReadOnlyList<Measure>> LoadMeasures(Guid clientId, CancellationToken ct) =>
        (await db.ExternalMeasures.AsNoTracking().Where(m => m.ClientId == clientId).OrderByDescending(m => m.MeasuredOn).Take(50).ToListAsync(ct))
            .Select(m => new Measure(m.Id, m.Instrument, m.MeasuredOn, m.Scores, m.Note)).ToList();

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
        return MayShowHealth(clientId) ? await LoadFillings(clientId, ct) : [];
    }

    private async Task<IReadOnlyList<Filling>> LoadFillings(Guid clientId, CancellationToken ct)
    {
        var url = library.SelfAssessment.Url;
        var rows = await db.SelfAssessments.AsNoTracking()
            .Where(s => s.ClientId == clientId && s.QuestionnaireUrl == url)
            .OrderByDescending(s => s.FilledAt).Take(50).ToListAsync(ct);
        return rows.Select(r => new Filling(r.Id, r.FilledAt, r.FilledBy, r.Answers, r.Scores)).ToList();
    }
}
