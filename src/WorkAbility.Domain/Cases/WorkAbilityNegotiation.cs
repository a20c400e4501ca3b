using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>Who takes part in a work ability negotiation (työterveysneuvottelu), by the part they play.</summary>
public enum NegotiationRole
{
    Employee,
    EmployerRepresentative,
    OhPhysician,
    OhNurse,
    SoteProfessional,
    Kela,
    EmploymentServices,
    Other,
}

/// <summary>What the negotiation agreed to keep the employee at work or bring them back (seed 004, OH path).</summary>
[Flags]
public enum AgreedMeasures
{
    None = 0,
    WorkModifications = 1,
    PartialSickLeave = 2,
    WorkTrial = 4,
    Retraining = 8,
    Other = 16,
}

/// <summary>One participant, by role and name.</summary>
public sealed record NegotiationParticipant(NegotiationRole Role, string Name);

/// <summary>
/// The work ability negotiation (työterveysneuvottelu, F34): occupational health, the employee and the
/// employer's representative — with the county's, Kela's or employment services' people when needed —
/// agree measures that keep the employee at work: modified work, partial sick leave, a work trial,
/// retraining; and when they will look at it again. Occupational health keeps overall responsibility.
/// </summary>
public sealed class WorkAbilityNegotiation
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int MaxParticipants = 12;
    public const int MaxFollowUpMonths = 12;

    private WorkAbilityNegotiation() => Agreement = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public List<NegotiationParticipant> Participants { get; private set; } = [];
    public AgreedMeasures Measures { get; private set; }

    /// <summary>What was agreed, in words: which tasks, how many hours, for how long.</summary>
    public string Agreement { get; private set; }
    public DateOnly FollowUpOn { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public sealed record ParticipantForm(NegotiationRole? Role, string? Name);

    /// <summary>
    /// Records a negotiation held on <paramref name="heldOn"/> (not in the future). The employee, the employer's
    /// representative and an occupational health physician or nurse take part; at least one measure is agreed;
    /// the follow-up is after the negotiation and within a year.
    /// </summary>
    public static WorkAbilityNegotiation Record(Guid supportCaseId, DateOnly? heldOn, IReadOnlyList<ParticipantForm?>? participants, AgreedMeasures measures,
        string? agreement, DateOnly? followUpOn, Guid recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var today = FinnishCalendar.DateOf(now);
        if (heldOn is not { } held)
        {
            errors.Add(new FieldError("heldOn", TextRules.Required));
        }
        else if (held > today)
        {
            errors.Add(new FieldError("heldOn", "date_in_future"));
        }
        var people = new List<NegotiationParticipant>();
        var forms = participants ?? [];
        if (forms.Count > MaxParticipants)
        {
            errors.Add(new FieldError("participants", "too_many"));
        }
        for (int i = 0; i < Math.Min(forms.Count, MaxParticipants); i++)
        {
            var field = $"participants[{i}]";
            if (forms[i] is not { } p)
            {
                errors.Add(new FieldError(field, TextRules.Required));
                continue;
            }
            if (p.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add(new FieldError(field + ".role", p.Role is null ? TextRules.Required : "invalid_choice"));
            }
            var name = TextRules.RequiredText(p.Name, field + ".name", NameMaxLength, errors);
            if (p.Role is { } r && Enum.IsDefined(r) && name.Length > 0)
            {
                people.Add(new NegotiationParticipant(r, name));
            }
        }
        // The three parties of a työterveysneuvottelu: without any of them it is another kind of meeting.
        if (forms.Count <= MaxParticipants && !errors.Any(e => e.Field.StartsWith("participants", StringComparison.Ordinal)))
        {
            if (!people.Any(p => p.Role is NegotiationRole.Employee) || !people.Any(p => p.Role is NegotiationRole.EmployerRepresentative) ||
                !people.Any(p => p.Role is NegotiationRole.OhPhysician or NegotiationRole.OhNurse))
            {
                errors.Add(new FieldError("participants", "negotiation_needs_three_parties"));
            }
        }
        if (measures == AgreedMeasures.None || (measures & ~AllMeasures) != 0)
        {
            errors.Add(new FieldError("measures", measures == AgreedMeasures.None ? "negotiation_needs_measure" : "invalid_choice"));
        }
        var text = TextRules.RequiredText(agreement, "agreement", TextMaxLength, errors);
        if (followUpOn is not { } follow)
        {
            errors.Add(new FieldError("followUpOn", TextRules.Required));
        }
        else if (heldOn is { } h && follow <= h)
        {
            errors.Add(new FieldError("followUpOn", "negotiation_follow_up_after"));
        }
        else if (follow > today.AddMonths(MaxFollowUpMonths))
        {
            errors.Add(new FieldError("followUpOn", "follow_up_too_far"));
        }
        TextRules.ThrowIfAny(errors);
        return new WorkAbilityNegotiation
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            HeldOn = heldOn!.Value,
            Participants = people,
            Measures = measures,
            Agreement = text,
            FollowUpOn = followUpOn!.Value,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    public static AgreedMeasures AllMeasures { get; } =
        AgreedMeasures.WorkModifications | AgreedMeasures.PartialSickLeave | AgreedMeasures.WorkTrial | AgreedMeasures.Retraining | AgreedMeasures.Other;

    /// <summary>The measures one by one, for showing and counting.</summary>
    public static IEnumerable<AgreedMeasures> Each(AgreedMeasures measures) =>
        Enum.GetValues<AgreedMeasures>().Where(m => m != AgreedMeasures.None && measures.HasFlag(m));
}
