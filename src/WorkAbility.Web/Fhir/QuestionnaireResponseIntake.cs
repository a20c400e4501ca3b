using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Assessment;
using WorkAbility.Web.Features.Concerns;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// Results coming in (seeds 001, 004): a QuestionnaireResponse about a person named by their
/// identity code. A Kykyviisari result becomes an external measure (its domain scores); an Omaolo
/// symptom or work ability assessment becomes a contact with the channel Omaolo on the receiving
/// organisation's lists – joining or opening the case – with the screening rules evaluated on what it
/// told. The same use cases and doors as the pages: the caller must be a professional who may add
/// to the person's record, and a person who is unknown answers exactly like one the caller may not see.
/// </summary>
public sealed class QuestionnaireResponseIntake(AppDbContext db, RecordConcern.Handler concerns, RecordKykyviisari.Handler measures)
{
    public sealed record Outcome(OperationOutcome Report, string? Location);

    public async Task<Outcome> Accept(QuestionnaireResponse response, CancellationToken ct)
    {
        var problems = new List<(string, string?)>();
        if (response.Status is not (QuestionnaireResponse.QuestionnaireResponseStatus.Completed or QuestionnaireResponse.QuestionnaireResponseStatus.Amended))
        {
            problems.Add(("Only a completed (or amended) response is accepted.", "QuestionnaireResponse.status"));
        }
        var canonical = response.Questionnaire?.Split('|')[0] ?? "";
        bool kykyviisari = canonical == FhirSystems.KykyviisariQuestionnaire;
        bool omaolo = canonical.StartsWith(FhirSystems.OmaoloQuestionnaires, StringComparison.Ordinal) && canonical.Length > FhirSystems.OmaoloQuestionnaires.Length;
        if (!kykyviisari && !omaolo)
        {
            problems.Add(($"The questionnaire must be Kykyviisari ({FhirSystems.KykyviisariQuestionnaire}) or an Omaolo assessment ({FhirSystems.OmaoloQuestionnaires}…).",
                "QuestionnaireResponse.questionnaire"));
        }
        var pic = SubjectIdentifier(response);
        PersonalIdentityCode? code = null;
        if (pic is null)
        {
            problems.Add(($"The subject must be identified by the personal identity code (identifier system {FhirSystems.PersonalIdentityCode}).",
                "QuestionnaireResponse.subject.identifier"));
        }
        else if (!PersonalIdentityCode.TryParse(pic, out var parsed))
        {
            problems.Add(("The subject's identifier is not a valid Finnish personal identity code.", "QuestionnaireResponse.subject.identifier.value"));
        }
        else
        {
            code = parsed;
        }
        DateTimeOffset? authored = DateTimeOffset.TryParse(response.Authored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        if (authored is null)
        {
            problems.Add(("The time the answers were given (authored) is required.", "QuestionnaireResponse.authored"));
        }
        if (response.Item.Count == 0)
        {
            problems.Add(("The response has no answers.", "QuestionnaireResponse.item"));
        }
        if (problems.Count > 0)
        {
            throw new FhirInvalidException(OperationOutcomes.Many(problems));
        }
        // Unknown and not-yours answer alike: the door decides (and logs) for a known person, an unknown one is the same "not found".
        var clientId = await db.Clients.Where(c => c.PersonalIdentityCode == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct)
            ?? throw new ClientNotFoundException();
        var day = FinnishCalendar.DateOf(authored!.Value);
        return kykyviisari ? await Kykyviisari(clientId, response, day, ct) : await Omaolo(clientId, response, canonical, day, ct);
    }

    private async Task<Outcome> Kykyviisari(Guid clientId, QuestionnaireResponse response, DateOnly day, CancellationToken ct)
    {
        var scores = new Dictionary<string, decimal?>();
        var problems = new List<(string, string?)>();
        foreach (var item in response.Item)
        {
            var value = item.Answer.FirstOrDefault()?.Value;
            decimal? score = value switch
            {
                FhirDecimal d => d.Value,
                Integer i => i.Value,
                Quantity q => q.Value,
                _ => null,
            };
            if (score is null)
            {
                problems.Add(($"The answer to '{item.LinkId}' must be a number (valueDecimal or valueInteger).", $"QuestionnaireResponse.item.where(linkId='{item.LinkId}').answer"));
                continue;
            }
            scores[item.LinkId ?? ""] = score;
        }
        if (problems.Count > 0)
        {
            throw new FhirInvalidException(OperationOutcomes.Many(problems));
        }
        Guid id;
        try
        {
            id = await measures.Handle(clientId, new RecordKykyviisari.Request(day, scores, "Kykyviisari, vastaanotettu FHIR-rajapinnasta"), ct);
        }
        catch (DomainValidationException e)
        {
            throw new FhirInvalidException(OperationOutcomes.Many(e.Errors.Select(x => (Explain(x.Code), (string?)ElementOf(x.Field)))));
        }
        return new Outcome(OperationOutcomes.Information($"Recorded as a Kykyviisari result of {day:yyyy-MM-dd}."), $"Observation/{id}");
    }

    private async Task<Outcome> Omaolo(Guid clientId, QuestionnaireResponse response, string canonical, DateOnly day, CancellationToken ct)
    {
        var answers = Flatten(response.Item).ToList();
        string? Answer(string linkId) => answers.FirstOrDefault(a => a.LinkId == linkId).Text;
        int? Number(string linkId) => int.TryParse(Answer(linkId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        var text = new StringBuilder("Omaolo: ").Append(canonical[FhirSystems.OmaoloQuestionnaires.Length..]).Append(" (").Append(day.ToString("d.M.yyyy", CultureInfo.GetCultureInfo("fi-FI"))).Append(')');
        foreach (var (linkId, label, answer) in answers)
        {
            text.Append('\n').Append(label ?? linkId).Append(": ").Append(answer);
        }
        var description = text.Length > Concern.DescriptionMaxLength ? text.ToString(0, Concern.DescriptionMaxLength - 1) + "…" : text.ToString();
        // Answers whose link id names a screening fact (F2) are given to the screening rules as that fact.
        var request = new RecordConcern.Request
        {
            Source = ConcernSource.Client,
            SourceService = "Omaolo",
            Channel = ContactChannel.OmaoloResult,
            Description = description,
            NoticedOn = day,
            EmploymentStatus = Answer("employmentStatus"),
            HasOccupationalHealth = bool.TryParse(Answer("hasOccupationalHealth"), out var oh) ? oh : null,
            UnemploymentDurationDays = Number("unemploymentDurationDays"),
            VisitReason = Answer("visitReason"),
            VisitsLast12Months = Number("visitsLast12Months"),
            SickLeaveDaysLast12Months = Number("sickLeaveDaysLast12Months"),
        };
        RecordConcern.Result result;
        try
        {
            result = await concerns.Handle(clientId, request, ct);
        }
        catch (DomainValidationException e)
        {
            throw new FhirInvalidException(OperationOutcomes.Many(e.Errors.Select(x => (Explain(x.Code), (string?)("QuestionnaireResponse." + x.Field)))));
        }
        var report = OperationOutcomes.Information(result.OpenedNewCase
            ? "Recorded as an Omaolo contact; a new work ability support case was opened."
            : "Recorded as an Omaolo contact on the person's active case.");
        foreach (var alert in result.Alerts)
        {
            report.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Warning,
                Code = OperationOutcome.IssueType.Informational,
                Diagnostics = $"{alert.Label}: {alert.Reason} {alert.SuggestedStep}",
            });
        }
        return new Outcome(report, null);
    }

    /// <summary>Every answered item with its text, nested groups included, answers as plain text (invariant).</summary>
    private static IEnumerable<(string LinkId, string? Label, string Text)> Flatten(IEnumerable<QuestionnaireResponse.ItemComponent> items)
    {
        foreach (var item in items)
        {
            foreach (var answer in item.Answer)
            {
                var text = answer.Value switch
                {
                    Coding c => c.Display ?? c.Code,
                    FhirBoolean b => b.Value is true ? "true" : "false",
                    Integer i => i.Value?.ToString(CultureInfo.InvariantCulture),
                    FhirDecimal d => d.Value?.ToString(CultureInfo.InvariantCulture),
                    PrimitiveType p => p.ToString(),
                    _ => null,
                };
                if (text is not null)
                {
                    yield return (item.LinkId ?? "", item.Text, text);
                }
                foreach (var nested in Flatten(answer.Item))
                {
                    yield return nested;
                }
            }
            foreach (var nested in Flatten(item.Item))
            {
                yield return nested;
            }
        }
    }

    /// <summary>The identity code from <c>subject.identifier</c>, or from a contained Patient the subject points at.</summary>
    private static string? SubjectIdentifier(QuestionnaireResponse response)
    {
        static string? Pic(IEnumerable<Identifier> ids) => ids.FirstOrDefault(i => i.System == FhirSystems.PersonalIdentityCode)?.Value;
        if (response.Subject?.Identifier is { System: FhirSystems.PersonalIdentityCode, Value: { } value })
        {
            return value;
        }
        if (response.Subject?.Reference is { } reference && reference.StartsWith('#'))
        {
            return response.Contained.OfType<Patient>().Where(p => p.Id == reference[1..]).Select(p => Pic(p.Identifier)).FirstOrDefault();
        }
        return null;
    }

    private static string ElementOf(string field) =>
        field == "measuredOn" ? "QuestionnaireResponse.authored"
        : field.StartsWith("scores.", StringComparison.Ordinal) ? $"QuestionnaireResponse.item.where(linkId='{field["scores.".Length..]}').answer"
        : "QuestionnaireResponse." + field;

    private static string Explain(string code) => code switch
    {
        "unknown_item" => "Not a Kykyviisari domain (overall, body-functions, activities, participation, environment, resources).",
        "answer_out_of_range" => "A Kykyviisari score is between 0 and 10 with at most one decimal.",
        "date_in_future" => "The answers cannot be from the future.",
        _ => code,
    };
}

/// <summary>An incoming document that breaks the rules: answered 400 with the OperationOutcome naming the elements.</summary>
public sealed class FhirInvalidException(OperationOutcome outcome) : Exception("Invalid FHIR input.")
{
    public OperationOutcome Outcome { get; } = outcome;
}
