using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.FollowUp;

/// <summary>How the case manager was in touch (F20); employer contacts are part of employment support (F19).</summary>
public enum FollowUpChannel
{
    Phone,
    Meeting,
    VideoCall,
    Message,
    HomeVisit,
    EmployerContact,
}

/// <summary>One follow-up contact the case manager had with the client or for them (F20).</summary>
public sealed class FollowUpContact
{
    public const int SummaryMaxLength = 4000;

    private FollowUpContact() => Summary = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public DateOnly ContactOn { get; private set; }
    public FollowUpChannel Channel { get; private set; }
    public string Summary { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records a contact; it cannot be dated in the future, nor more than a year back.</summary>
    public static FollowUpContact Record(Guid supportCaseId, DateOnly? contactOn, FollowUpChannel? channel, string? summary,
        Guid recordedById, DateTimeOffset now, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (contactOn is null)
        {
            errors.Add(new FieldError("contactOn", TextRules.Required));
        }
        else if (contactOn > today || contactOn < today.AddYears(-1))
        {
            errors.Add(new FieldError("contactOn", "follow_up_date_range"));
        }
        if (channel is not { } c || !Enum.IsDefined(c))
        {
            errors.Add(new FieldError("channel", channel is null ? TextRules.Required : "invalid_choice"));
        }
        var text = TextRules.RequiredText(summary, "summary", SummaryMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new FollowUpContact
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            ContactOn = contactOn!.Value,
            Channel = channel!.Value,
            Summary = text,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }
}
