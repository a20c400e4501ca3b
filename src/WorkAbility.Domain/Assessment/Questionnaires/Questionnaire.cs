using System.Globalization;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Assessment.Questionnaires;

public enum ItemType
{
    Integer,
    Choice,
    Text,
}

public sealed record AnswerOption(string Code, LocalizedText Display, int? Score);

/// <summary>The item is shown (and required) only when another item has the given answer (FHIR enableWhen, "=").</summary>
public sealed record EnableWhen(string Question, string Answer);

public sealed record QuestionnaireItem(string LinkId, LocalizedText Text, ItemType Type, bool Required,
    int? MinValue, int? MaxValue, IReadOnlyList<AnswerOption> Options, IReadOnlyList<EnableWhen> EnableWhen, int MaxLength = 2000);

/// <summary>A sum of the scores of the named items, e.g. the functioning total of the ICF domains.</summary>
public sealed record ScoreDefinition(string Id, LocalizedText Label, IReadOnlyList<string> Items);

/// <summary>
/// A questionnaire definition shaped like a FHIR Questionnaire: items with answer options,
/// required answers, enable-when conditions, and scoring. Answers are codes (choices), integers
/// in invariant form, or free text, keyed by the item's linkId.
/// </summary>
public sealed record Questionnaire(string Url, string Version, LocalizedText Title, IReadOnlyList<QuestionnaireItem> Items, IReadOnlyList<ScoreDefinition> Scores)
{
    public bool IsEnabled(QuestionnaireItem item, IReadOnlyDictionary<string, string> answers) =>
        item.EnableWhen.All(w => answers.TryGetValue(w.Question, out var a) && a == w.Answer);

    /// <summary>Checks every answer; blank answers of disabled items are dropped. Returns the cleaned answers.</summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string?> raw)
    {
        var errors = new List<FieldError>();
        var answers = raw.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value!.Trim());
        foreach (var unknown in answers.Keys.Where(k => Items.All(i => i.LinkId != k)))
        {
            errors.Add(new FieldError(unknown, "unknown_item"));
        }
        foreach (var item in Items)
        {
            if (!IsEnabled(item, answers))
            {
                answers.Remove(item.LinkId);
                continue;
            }
            if (!answers.TryGetValue(item.LinkId, out var answer))
            {
                if (item.Required)
                {
                    errors.Add(new FieldError(item.LinkId, "answer_required"));
                }
                continue;
            }
            switch (item.Type)
            {
                case ItemType.Integer when !int.TryParse(answer, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ||
                                           n < (item.MinValue ?? int.MinValue) || n > (item.MaxValue ?? int.MaxValue):
                    errors.Add(new FieldError(item.LinkId, "answer_out_of_range"));
                    break;
                case ItemType.Choice when item.Options.All(o => o.Code != answer):
                    errors.Add(new FieldError(item.LinkId, "invalid_choice"));
                    break;
                case ItemType.Text when answer.Length > item.MaxLength:
                    errors.Add(new FieldError(item.LinkId, TextRules.TooLong));
                    break;
            }
        }
        TextRules.ThrowIfAny(errors);
        return answers;
    }

    /// <summary>Each score: the sum of its items' option scores (or integer values); null if any item is unanswered.</summary>
    public IReadOnlyDictionary<string, int?> Score(IReadOnlyDictionary<string, string> answers) =>
        Scores.ToDictionary(s => s.Id, s =>
        {
            int total = 0;
            foreach (var linkId in s.Items)
            {
                var item = Items.Single(i => i.LinkId == linkId);
                if (!answers.TryGetValue(linkId, out var a))
                {
                    return (int?)null;
                }
                total += item.Type is ItemType.Integer
                    ? int.Parse(a, CultureInfo.InvariantCulture)
                    : item.Options.Single(o => o.Code == a).Score ?? 0;
            }
            return total;
        });
}
