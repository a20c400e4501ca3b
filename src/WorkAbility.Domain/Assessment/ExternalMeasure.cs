using System.Globalization;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Assessment;

/// <summary>
/// A result of an external instrument recorded by hand (F6), e.g. Kykyviisari, THL's self-assessment
/// of functioning: its date, a score per domain (0–10, one decimal) and a note. Only the instrument's
/// own domains are accepted.
/// </summary>
public sealed class ExternalMeasure
{
    public const int NoteMaxLength = 2000;
    public const string Kykyviisari = "Kykyviisari";

    /// <summary>Kykyviisari's domains, in the order it reports them.</summary>
    public static IReadOnlyList<string> KykyviisariDomains { get; } =
        ["overall", "body-functions", "activities", "participation", "environment", "resources"];

    private ExternalMeasure()
    {
        Instrument = ScoresJson = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public string Instrument { get; private set; }
    public DateOnly MeasuredOn { get; private set; }
    public string ScoresJson { get; private set; }
    public string? Note { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyDictionary<string, decimal> Scores =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, decimal>>(ScoresJson) ?? [];

    public static ExternalMeasure RecordKykyviisari(Guid clientId, DateOnly? measuredOn, IReadOnlyDictionary<string, decimal?>? scores,
        string? note, Guid recordedById, DateTimeOffset now, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (measuredOn is null)
        {
            errors.Add(new FieldError("measuredOn", TextRules.Required));
        }
        else if (measuredOn > today)
        {
            errors.Add(new FieldError("measuredOn", "date_in_future"));
        }
        var given = (scores ?? new Dictionary<string, decimal?>()).Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
        foreach (var key in given.Keys.Where(k => !KykyviisariDomains.Contains(k)))
        {
            errors.Add(new FieldError("scores." + key, "unknown_item"));
        }
        foreach (var (key, value) in given.Where(g => KykyviisariDomains.Contains(g.Key)))
        {
            if (value is < 0 or > 10 || decimal.Round(value, 1) != value)
            {
                errors.Add(new FieldError("scores." + key, "answer_out_of_range"));
            }
        }
        if (given.Count == 0)
        {
            errors.Add(new FieldError("scores", "scores_required"));
        }
        var text = TextRules.OptionalText(note, "note", NoteMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new ExternalMeasure
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            Instrument = Kykyviisari,
            MeasuredOn = measuredOn!.Value,
            ScoresJson = System.Text.Json.JsonSerializer.Serialize(given.ToDictionary(g => g.Key, g => g.Value)),
            Note = text,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    public string ScoreText(string domain) =>
        Scores.TryGetValue(domain, out var v) ? v.ToString("0.0", CultureInfo.GetCultureInfo("fi-FI")) : "";
}
