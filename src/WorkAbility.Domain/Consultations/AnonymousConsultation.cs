using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Consultations;

/// <summary>
/// A professional asks the work ability coordinators about a situation without any client data
/// (F4). The type has no field for a name, identity code, birth date or contact of a client, and
/// free text that looks like an identity code is refused.
/// </summary>
public sealed class AnonymousConsultation
{
    public const int SubjectMaxLength = 200;
    public const int TextMaxLength = 4000;

    private AnonymousConsultation()
    {
        Subject = Question = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid AskedById { get; private set; }
    public Guid AskedByOrganisationId { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public string Subject { get; private set; }
    public string Question { get; private set; }
    public Guid? AnsweredById { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? Answer { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public static AnonymousConsultation Ask(Guid professionalId, Guid organisationId, string? subject, string? question, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var s = TextRules.RequiredText(subject, "subject", SubjectMaxLength, errors);
        var q = TextRules.RequiredText(question, "question", TextMaxLength, errors);
        RefuseIdentityCodes(s, "subject", errors);
        RefuseIdentityCodes(q, "question", errors);
        TextRules.ThrowIfAny(errors);
        return new AnonymousConsultation
        {
            Id = Guid.CreateVersion7(now),
            AskedById = professionalId,
            AskedByOrganisationId = organisationId,
            AskedAt = now,
            Subject = s,
            Question = q,
        };
    }

    /// <summary>A coordinator answers; the answer is final and visible to the asker.</summary>
    public void AnswerWith(Guid coordinatorId, string? answer, DateTimeOffset now)
    {
        if (IsAnswered)
        {
            throw new DomainRuleException("consultation_already_answered", "answer");
        }
        var errors = new List<FieldError>();
        var a = TextRules.RequiredText(answer, "answer", TextMaxLength, errors);
        RefuseIdentityCodes(a, "answer", errors);
        TextRules.ThrowIfAny(errors);
        AnsweredById = coordinatorId;
        AnsweredAt = now;
        Answer = a;
    }

    private static void RefuseIdentityCodes(string text, string field, List<FieldError> errors)
    {
        if (IdentifyingDataCheck.ContainsIdentityCode(text))
        {
            errors.Add(new FieldError(field, "consultation_identity_code"));
        }
    }
}
