using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Feedback;

/// <summary>When the client was asked for their word (F36): after a team meeting, when support ended, or of their own accord.</summary>
public enum FeedbackOccasion
{
    AfterMeeting,
    AtEnd,
    Other,
}

/// <summary>
/// The client's own word on the support (F36): was I heard, is my plan clear, did the support help
/// (1–5 each), and anything else in their words. Counted in the statistics only as aggregates; no
/// professional reads an answer linked to the client.
/// </summary>
public sealed class ClientFeedback
{
    public const int CommentMaxLength = 2000;

    private ClientFeedback() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public FeedbackOccasion Occasion { get; private set; }

    /// <summary>The case's stage when the answer was given, so answers can be read per stage.</summary>
    public CaseStage Stage { get; private set; }
    public int? Heard { get; private set; }
    public int? PlanClear { get; private set; }
    public int? Helped { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }

    public static ClientFeedback Give(Guid supportCaseId, CaseStage stage, FeedbackOccasion occasion, int? heard, int? planClear, int? helped,
        string? comment, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        CheckScore(heard, "heard", errors);
        CheckScore(planClear, "planClear", errors);
        CheckScore(helped, "helped", errors);
        if (!Enum.IsDefined(occasion))
        {
            errors.Add(new FieldError("occasion", "invalid_choice"));
        }
        var text = TextRules.OptionalText(comment, "comment", CommentMaxLength, errors);
        if (heard is null && planClear is null && helped is null && text is null && errors.Count == 0)
        {
            errors.Add(new FieldError("heard", "feedback_empty"));
        }
        TextRules.ThrowIfAny(errors);
        return new ClientFeedback
        {
            Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, Stage = stage, Occasion = occasion,
            Heard = heard, PlanClear = planClear, Helped = helped, Comment = text, GivenAt = now,
        };
    }

    /// <summary>The client answers the same occasion again: the later answer replaces the earlier one (F36: one answer per occasion).</summary>
    public void Replace(ClientFeedback later)
    {
        (Stage, Heard, PlanClear, Helped, Comment, GivenAt) = (later.Stage, later.Heard, later.PlanClear, later.Helped, later.Comment, later.GivenAt);
    }

    private static void CheckScore(int? score, string field, List<FieldError> errors)
    {
        if (score is < 1 or > 5)
        {
            errors.Add(new FieldError(field, "out_of_range"));
        }
    }
}
