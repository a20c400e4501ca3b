using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Referrals;

/// <summary>Where a referral made outside the product went (F41): bodies the network does not reach.</summary>
public enum ExternalReceiver
{
    Kela,
    PensionInsurer,
    OccupationalHealth,
    PrivateProvider,
    Other,
}

/// <summary>
/// A referral or application the team made outside the product – to Kela, a pension insurer, an occupational health unit
/// without access, a private provider – recorded so the plan shows everything the client is waiting for, and its outcome
/// recorded later with the same codes as the network's referrals (F41).
/// </summary>
public sealed class ExternalReferral : IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;

    /// <summary>The outcomes an outside body's answer can have.</summary>
    public static IReadOnlyList<ReferralOutcomeCode> Outcomes { get; } =
    [
        ReferralOutcomeCode.GotHelp, ReferralOutcomeCode.NoHelp, ReferralOutcomeCode.NotEligible, ReferralOutcomeCode.NoCapacity,
        ReferralOutcomeCode.ClientDeclined, ReferralOutcomeCode.ReferredElsewhere, ReferralOutcomeCode.WithdrawnByTeam, ReferralOutcomeCode.Other,
    ];

    private ExternalReferral() => ReceiverName = What = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public ExternalReceiver Receiver { get; private set; }
    public string ReceiverName { get; private set; }

    /// <summary>What was asked for: the service, benefit or assessment.</summary>
    public string What { get; private set; }
    public DateOnly SentOn { get; private set; }
    public DateOnly? ExpectedBy { get; private set; }
    public string? Note { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public ReferralOutcomeCode? OutcomeCode { get; private set; }
    public DateOnly? OutcomeOn { get; private set; }
    public string? OutcomeNote { get; private set; }
    public Guid? OutcomeRecordedById { get; private set; }
    public Guid Version { get; set; }

    /// <summary>Still waiting for the outside body's answer.</summary>
    public bool IsWaiting => OutcomeCode is null;

    public sealed record Details(ExternalReceiver? Receiver, string? ReceiverName, string? What, DateOnly? SentOn, DateOnly? ExpectedBy, string? Note);

    /// <summary>Records one: sent within the last two years and not in the future; an expected answer not before it was sent.</summary>
    public static ExternalReferral Record(Guid supportCaseId, Details d, Guid byId, DateTimeOffset now)
    {
        var today = FinnishCalendar.DateOf(now);
        var errors = new List<FieldError>();
        if (d.Receiver is not { } receiver || !Enum.IsDefined(receiver))
        {
            errors.Add(new FieldError("receiver", d.Receiver is null ? TextRules.Required : "invalid_choice"));
            receiver = default;
        }
        var name = TextRules.RequiredText(d.ReceiverName, "receiverName", NameMaxLength, errors);
        var what = TextRules.RequiredText(d.What, "what", NameMaxLength, errors);
        var note = TextRules.OptionalText(d.Note, "note", TextMaxLength, errors);
        if (d.SentOn is not { } sentOn)
        {
            errors.Add(new FieldError("sentOn", TextRules.Required));
            sentOn = today;
        }
        else if (sentOn > today)
        {
            errors.Add(new FieldError("sentOn", "date_in_future"));
        }
        else if (sentOn < today.AddYears(-2))
        {
            errors.Add(new FieldError("sentOn", "external_referral_too_old"));
        }
        if (d.ExpectedBy is { } expected && (expected < sentOn || expected > today.AddYears(2)))
        {
            errors.Add(new FieldError("expectedBy", "external_referral_expected_range"));
        }
        TextRules.ThrowIfAny(errors);
        return new ExternalReferral
        {
            Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, Receiver = receiver, ReceiverName = name, What = what, SentOn = sentOn,
            ExpectedBy = d.ExpectedBy, Note = note, RecordedById = byId, RecordedAt = now,
        };
    }

    /// <summary>Records the outside body's answer, once: a code from <see cref="Outcomes"/>, the day (not before sending, not in the future), words for "other".</summary>
    public void RecordOutcome(ReferralOutcomeCode? code, DateOnly? on, string? note, Guid byId, DateTimeOffset now)
    {
        if (!IsWaiting)
        {
            throw new DomainRuleException("external_referral_closed");
        }
        var today = FinnishCalendar.DateOf(now);
        var errors = new List<FieldError>();
        if (code is not { } c || !Outcomes.Contains(c))
        {
            errors.Add(new FieldError("code", code is null ? TextRules.Required : "invalid_choice"));
        }
        var text = code is ReferralOutcomeCode.Other
            ? TextRules.RequiredText(note, "note", TextMaxLength, errors)
            : TextRules.OptionalText(note, "note", TextMaxLength, errors);
        if (on is not { } day)
        {
            errors.Add(new FieldError("on", TextRules.Required));
        }
        else if (day > today || day < SentOn)
        {
            errors.Add(new FieldError("on", "external_referral_outcome_range"));
        }
        TextRules.ThrowIfAny(errors);
        (OutcomeCode, OutcomeOn, OutcomeNote, OutcomeRecordedById) = (code, on, text, byId);
    }
}
