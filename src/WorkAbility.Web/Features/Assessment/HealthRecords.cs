using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Consents;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>
/// What the self-assessment use cases share: fillings and measures as shown, read only for a client
/// already authorised — they are health data, shown across organisations only with a consent that covers it.
/// </summary>
public static class HealthRecords
{
    public sealed record Filling(Guid Id, DateTimeOffset FilledAt, FilledBy FilledBy, IReadOnlyDictionary<string, string> Answers, IReadOnlyDictionary<string, int?> Scores);

    public sealed record Measure(Guid Id, string Instrument, DateOnly MeasuredOn, IReadOnlyDictionary<string, decimal> Scores, string? Note);

    public static bool MayShow(ClientAccess access, Guid clientId) => access.MayShow(clientId, DataCategory.HealthData);

    public static async Task<IReadOnlyList<Measure>> Measures(AppDbContext db, Guid clientId, CancellationToken ct) =>
        (await db.ExternalMeasures.AsNoTracking().Where(m => m.ClientId == clientId).OrderByDescending(m => m.MeasuredOn).Take(50).ToListAsync(ct))
            .Select(m => new Measure(m.Id, m.Instrument, m.MeasuredOn, m.Scores, m.Note)).ToList();

    public static async Task<IReadOnlyList<Filling>> Fillings(AppDbContext db, string questionnaireUrl, Guid clientId, CancellationToken ct)
    {
        var rows = await db.SelfAssessments.AsNoTracking()
            .Where(s => s.ClientId == clientId && s.QuestionnaireUrl == questionnaireUrl)
            .OrderByDescending(s => s.FilledAt).Take(50).ToListAsync(ct);
        return rows.Select(r => new Filling(r.Id, r.FilledAt, r.FilledBy, r.Answers, r.Scores)).ToList();
    }
}
