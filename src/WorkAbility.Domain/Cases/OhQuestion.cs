using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>What the county asks of the client's occupational health (seed 004: "kysymyksenasettelun kera").</summary>
public enum OhQuestionKind
{
    AssessWorkAbility,
    ArrangeNegotiation,
    ReturnToWorkPlanning,
}

/// <summary>
/// The county's professional refers an employed client to their occupational health unit with a question (F42) – assess
/// work ability, arrange a work ability negotiation, plan the return to work – under a consent naming the unit; the unit
/// answers in the case, once.
/// </summary>
public sealed class OhQuestion : IVersioned
{
    public const int TextMaxLength = 4000;

    private OhQuestion() => Question = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ToOrganisationId { get; private set; }
    public OhQuestionKind Kind { get; private set; }
    public string Question { get; private set; }
    public Guid AskedById { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public string? Answer { get; private set; }
    public Guid? AnsweredById { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid Version { get; set; }

    public bool IsOpen => AnsweredAt is null;

    public static OhQuestion Ask(Guid supportCaseId, Guid toOrganisationId, OhQuestionKind? kind, string? question, Guid byId, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new FieldError("kind", kind is null ? TextRules.Required : "invalid_choice"));
        }
        var text = TextRules.RequiredText(question, "question", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new OhQuestion
        {
            Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, ToOrganisationId = toOrganisationId, Kind = kind!.Value, Question = text,
            AskedById = byId, AskedAt = now,
        };
    }

    /// <summary>Only the unit asked answers, once.</summary>
    public void AnswerWith(string? answer, Guid byId, Guid byOrganisationId, DateTimeOffset now)
    {
        if (byOrganisationId != ToOrganisationId)
        {
            throw new DomainRuleException("oh_question_not_yours");
        }
        if (!IsOpen)
        {
            throw new DomainRuleException("oh_question_answered");
        }
        var errors = new List<FieldError>();
        var text = TextRules.RequiredText(answer, "answer", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        (Answer, AnsweredById, AnsweredAt) = (text, byId, now);
    }
}
