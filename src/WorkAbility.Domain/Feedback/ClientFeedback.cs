using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Feedback;

/// <summary>
/// The client's own word on the support (F36): was I heard, did the support help (1–5 each), and
/// anything else in their words. Counted in the statistics only as aggregates.
/// </summary>
public sealed class ClientFeedback
{
    public const int CommentMaxLength = 2000;

    private ClientFeedback() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public int? Heard { get; private set; }
    public int? Helped { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }

    public static ClientFeedback Give(Guid supportCaseId, int? heard, int? helped, string? comment, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (heard is < 1 or > 5)
        {
            errors.Add(new FieldError("heard", "out_of_range"));
        }
        if (helped is < 1 or > 5)
        {
            errors.Add(new FieldError("helped", "out_of_range"));
        }
        var text = TextRules.OptionalText(comment, "comment", CommentMaxLength, errors);
        if (heard is null && helped is null && text is null)
        {
            errors.Add(new FieldError("heard", TextRules.Required));
        }
        TextRules.ThrowIfAny(errors);
        return new ClientFeedback { Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, Heard = heard, Helped = helped, Comment = text, GivenAt = now };
    }
}
