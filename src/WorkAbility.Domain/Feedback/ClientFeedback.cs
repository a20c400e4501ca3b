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
/// The change the client has experienced at the end of support (F39), in the way Sovari-type surveys ask it: each life
/// domain 1 (much worse) – 5 (much better), 3 meaning no change. Counted only as aggregates.
/// </summary>
public sealed record ExperiencedChange(int? EverydayCoping, int? HealthAndWellbeing, int? Relationships, int? ReadinessForWorkOrStudy, int? BeliefInFuture)
{
    public static readonly string[] Domains = ["everydayCoping", "healthAndWellbeing", "relationships", "readinessForWorkOrStudy", "beliefInFuture"];

    public IEnumerable<(string Domain, int? Score)> Scores =>
        [(Domains[0], EverydayCoping), (Domains[1], HealthAndWellbeing), (Domains[2], Relationships), (Domains[3], ReadinessForWorkOrStudy), (Domains[4], BeliefInFuture)];

    public bool Any => Scores.Any(s => s.Score is not null);
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
    public int? EverydayCoping { get; private set; }
    public int? HealthAndWellbeing { get; private set; }
    public int? Relationships { get; private set; }
    public int? ReadinessForWorkOrStudy { get; private set; }
    public int? BeliefInFuture { get; private set; }

    public ExperiencedChange Change => new(EverydayCoping, HealthAndWellbeing, Relationships, ReadinessForWorkOrStudy, BeliefInFuture);

    public static ClientFeedback Give(Guid supportCaseId, CaseStage stage, FeedbackOccasion occasion, int? heard, int? planClear, int? helped,
        string? comment, DateTimeOffset now, ExperiencedChange? change = null)
    {
        var errors = new List<FieldError>();
        CheckScore(heard, "heard", errors);
        CheckScore(planClear, "planClear", errors);
        CheckScore(helped, "helped", errors);
        change ??= new ExperiencedChange(null, null, null, null, null);
        foreach (var (domain, score) in change.Scores)
        {
            CheckScore(score, domain, errors);
        }
        if (change.Any && occasion is not FeedbackOccasion.AtEnd)
        {
            // The experienced change is asked when support ends; before that there is no "after" to compare with.
            errors.Add(new FieldError(change.Scores.First(s => s.Score is not null).Domain, "experienced_change_at_end"));
        }
        if (!Enum.IsDefined(occasion))
        {
            errors.Add(new FieldError("occasion", "invalid_choice"));
        }
        var text = TextRules.OptionalText(comment, "comment", CommentMaxLength, errors);
        if (heard is null && planClear is null && helped is null && text is null && !change.Any && errors.Count == 0)
        {
            errors.Add(new FieldError("heard", "feedback_empty"));
        }
        TextRules.ThrowIfAny(errors);
        return new ClientFeedback
        {
            Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, Stage = stage, Occasion = occasion,
            Heard = heard, PlanClear = planClear, Helped = helped, Comment = text, GivenAt = now,
            EverydayCoping = change.EverydayCoping, HealthAndWellbeing = change.HealthAndWellbeing, Relationships = change.Relationships,
            ReadinessForWorkOrStudy = change.ReadinessForWorkOrStudy, BeliefInFuture = change.BeliefInFuture,
        };
    }

    /// <summary>The client answers the same occasion again: the later answer replaces the earlier one (F36: one answer per occasion).</summary>
    public void Replace(ClientFeedback later)
    {
        (Stage, Heard, PlanClear, Helped, Comment, GivenAt) = (later.Stage, later.Heard, later.PlanClear, later.Helped, later.Comment, later.GivenAt);
        (EverydayCoping, HealthAndWellbeing, Relationships, ReadinessForWorkOrStudy, BeliefInFuture) =
            (later.EverydayCoping, later.HealthAndWellbeing, later.Relationships, later.ReadinessForWorkOrStudy, later.BeliefInFuture);
    }

    private static void CheckScore(int? score, string field, List<FieldError> errors)
    {
        if (score is < 1 or > 5)
        {
            errors.Add(new FieldError(field, "out_of_range"));
        }
    }
}
