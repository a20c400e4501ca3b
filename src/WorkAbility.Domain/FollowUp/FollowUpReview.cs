using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.FollowUp;

/// <summary>Where a goal stands at a follow-up meeting (F21).</summary>
public enum GoalProgress
{
    Achieved,
    Progressing,
    NotProgressing,
    Changed,
}

/// <summary>The client's need for support now, as the follow-up meeting sees it.</summary>
public enum CurrentNeed
{
    Resolved,
    Reduced,
    Continues,
    Increased,
}

/// <summary>One goal as reviewed; the goal's text is copied so the review reads the same after the plan changes.</summary>
public sealed record GoalReview(Guid GoalId, string GoalText, GoalProgress Progress, string? Note);

/// <summary>
/// A follow-up meeting's evaluation (F21, seed 004 "Seuranta ja arviointi"): each goal's progress,
/// how well the services worked, and the client's current need.
/// </summary>
public sealed class FollowUpReview
{
    public const int TextMaxLength = 4000;

    private FollowUpReview() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public DateOnly ReviewedOn { get; private set; }
    public List<GoalReview> Goals { get; private set; } = [];
    public string? ServicesEffectiveness { get; private set; }
    public CurrentNeed Need { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Every goal of the plan must be reviewed; a review without the need is incomplete.</summary>
    public static FollowUpReview Record(Guid supportCaseId, DateOnly reviewedOn, IReadOnlyList<Plans.PlanGoal> planGoals,
        IReadOnlyDictionary<Guid, (GoalProgress? Progress, string? Note)> reviews, string? servicesEffectiveness, CurrentNeed? need,
        Guid recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var goals = new List<GoalReview>();
        for (int i = 0; i < planGoals.Count; i++)
        {
            var goal = planGoals[i];
            var (progress, note) = reviews.GetValueOrDefault(goal.Id);
            if (progress is not { } p || !Enum.IsDefined(p))
            {
                errors.Add(new FieldError($"goals[{i}].progress", progress is null ? TextRules.Required : "invalid_choice"));
                continue;
            }
            goals.Add(new GoalReview(goal.Id, goal.Text, p, TextRules.OptionalText(note, $"goals[{i}].note", TextMaxLength, errors)));
        }
        if (need is not { } n || !Enum.IsDefined(n))
        {
            errors.Add(new FieldError("need", need is null ? TextRules.Required : "invalid_choice"));
        }
        var effectiveness = TextRules.OptionalText(servicesEffectiveness, "servicesEffectiveness", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new FollowUpReview
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            ReviewedOn = reviewedOn,
            Goals = goals,
            ServicesEffectiveness = effectiveness,
            Need = need!.Value,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    /// <summary>The need has not gone away: support should not simply stop.</summary>
    public static bool NeedRemains(CurrentNeed need) => need is CurrentNeed.Continues or CurrentNeed.Increased;
}
