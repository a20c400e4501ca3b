using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Consultations;

/// <summary>
/// A consultation about a named client (F35): the team asks the special expertise team, the work
/// ability competence centre or the TYP joint service for its view on the client's case. It rests on
/// the client's consent naming the consulted organisation; the consulted organisation's professionals
/// see the client while the question is open, answer it in the case, and the answer stays with the case.
/// </summary>
public sealed class CaseConsultation
{
    public const int TextMaxLength = 4000;

    private CaseConsultation() => Question = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid ToOrganisationId { get; private set; }
    public Guid AskedById { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public string Question { get; private set; }
    public Guid? AnsweredById { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? Answer { get; private set; }

    public bool IsOpen => AnsweredAt is null;

    /// <summary>
    /// Who can be consulted about a named client: the special expertise teams and the competence centre, and
    /// employment services for the TYP joint service (seed 004).
    /// </summary>
    public static bool MayBeConsulted(OrganisationKind kind) => kind is OrganisationKind.SpecialExpertiseTeam or OrganisationKind.EmploymentServices;

    /// <summary>Asks; <paramref name="consentNamesOrganisation"/> is whether the client's valid consent names the consulted organisation.</summary>
    public static CaseConsultation Ask(Guid supportCaseId, Guid clientId, Organisation? to, bool consentNamesOrganisation, string? question,
        Guid askedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (to is null)
        {
            errors.Add(new FieldError("toOrganisationId", TextRules.Required));
        }
        else if (!MayBeConsulted(to.Kind))
        {
            errors.Add(new FieldError("toOrganisationId", "consultation_not_expert"));
        }
        var text = TextRules.RequiredText(question, "question", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        if (!consentNamesOrganisation)
        {
            throw new DomainRuleException("consultation_needs_consent", "toOrganisationId");
        }
        return new CaseConsultation
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            ClientId = clientId,
            ToOrganisationId = to!.Id,
            AskedById = askedById,
            AskedAt = now,
            Question = text,
        };
    }

    /// <summary>A professional of the consulted organisation answers, once; the answer stays with the case.</summary>
    public void AnswerWith(Guid professionalId, Guid professionalsOrganisationId, string? answer, DateTimeOffset now)
    {
        if (professionalsOrganisationId != ToOrganisationId)
        {
            throw new DomainRuleException("consultation_other_organisation");
        }
        if (!IsOpen)
        {
            throw new DomainRuleException("consultation_already_answered", "answer");
        }
        var errors = new List<FieldError>();
        var text = TextRules.RequiredText(answer, "answer", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        AnsweredById = professionalId;
        AnsweredAt = now;
        Answer = text;
    }
}
