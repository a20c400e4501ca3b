namespace WorkAbility.Domain.Cases;

/// <summary>The steps of the service path as a person sees them (seed 000: Matti's journey as a picture).</summary>
public enum PathStep
{
    FirstContact,
    NeedAssessment,
    Coordinator,
    Team,
    Services,
    FollowUp,
    End,
}

public enum StepState
{
    Done,
    Skipped,
    Current,
    Upcoming,
}

/// <summary>Who takes the next step: what the person can expect and from whom.</summary>
public enum NextStepBy
{
    Professional,
    Coordinator,
    Team,
    CaseManager,
    Nobody,
}

public sealed record StepView(PathStep Step, StepState State, DateTimeOffset? ReachedAt);

/// <summary>
/// Where a case is on the path, step by step: the steps taken (with when they were reached), the
/// ones the path went past (self-care or a consultation can skip the team), the current one and
/// those to come. The two opening stages are one step for the person: someone got in touch.
/// </summary>
public static class PathProgress
{
    public static PathStep StepOf(CaseStage stage) => stage switch
    {
        CaseStage.Concern or CaseStage.SeekingService => PathStep.FirstContact,
        CaseStage.NeedAssessment => PathStep.NeedAssessment,
        CaseStage.CoordinatorAssessment => PathStep.Coordinator,
        CaseStage.Team => PathStep.Team,
        CaseStage.Services => PathStep.Services,
        CaseStage.FollowUp => PathStep.FollowUp,
        _ => PathStep.End,
    };

    /// <param name="current">The case's stage now.</param>
    /// <param name="entered">Every time the case entered a stage (opening, advancing, returning, ending, reopening), in any order.</param>
    public static IReadOnlyList<StepView> Steps(CaseStage current, IEnumerable<(CaseStage Stage, DateTimeOffset At)> entered)
    {
        var now = StepOf(current);
        // A step's date is the last time it was entered; a re-assessment makes later steps "to come" again.
        var reached = entered.GroupBy(e => StepOf(e.Stage)).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        return Enum.GetValues<PathStep>().Select(step =>
        {
            if (step == now)
            {
                return new StepView(step, StepState.Current, reached.TryGetValue(step, out var since) ? since : null);
            }
            if (step > now)
            {
                return new StepView(step, StepState.Upcoming, null);
            }
            return reached.TryGetValue(step, out var when)
                ? new StepView(step, StepState.Done, when)
                : new StepView(step, StepState.Skipped, null);
        }).ToList();
    }

    /// <summary>Who moves the case on from <paramref name="stage"/>.</summary>
    public static NextStepBy NextBy(CaseStage stage, bool hasCoordinator, bool hasCaseManager) => stage switch
    {
        CaseStage.Concern or CaseStage.SeekingService or CaseStage.NeedAssessment => hasCoordinator ? NextStepBy.Coordinator : NextStepBy.Professional,
        CaseStage.CoordinatorAssessment => NextStepBy.Coordinator,
        CaseStage.Team => NextStepBy.Team,
        CaseStage.Services or CaseStage.FollowUp => hasCaseManager ? NextStepBy.CaseManager : hasCoordinator ? NextStepBy.Coordinator : NextStepBy.Professional,
        _ => NextStepBy.Nobody,
    };
}
