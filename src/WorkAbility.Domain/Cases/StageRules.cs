namespace WorkAbility.Domain.Cases;

/// <summary>
/// Which stage changes the service model allows. Forward moves follow the path of the seeds, with
/// the shortcuts the model names: the need assessment may find that self-care or low-threshold
/// services are enough (straight to services), and the coordinator may settle a case by
/// consultation without a team. Backward moves are re-assessments. Ending and reopening are
/// separate operations so each carries what it needs (an outcome; a reason).
/// </summary>
public static class StageRules
{
    private static readonly Dictionary<CaseStage, CaseStage[]> Forward = new()
    {
        [CaseStage.Concern] = [CaseStage.SeekingService, CaseStage.NeedAssessment],
        [CaseStage.SeekingService] = [CaseStage.NeedAssessment],
        [CaseStage.NeedAssessment] = [CaseStage.CoordinatorAssessment, CaseStage.Services],
        [CaseStage.CoordinatorAssessment] = [CaseStage.Team, CaseStage.Services],
        [CaseStage.Team] = [CaseStage.Services],
        [CaseStage.Services] = [CaseStage.FollowUp],
        [CaseStage.FollowUp] = [],
        [CaseStage.Ended] = [],
    };

    /// <summary>The stages a case may start in: a concern, the client seeking service, or a direct booking.</summary>
    public static IReadOnlyList<CaseStage> OpeningStages { get; } =
        [CaseStage.Concern, CaseStage.SeekingService, CaseStage.NeedAssessment];

    /// <summary>The stage a reopened case returns to (F23): its need is assessed again.</summary>
    public const CaseStage ReopenStage = CaseStage.NeedAssessment;

    public static bool CanAdvance(CaseStage from, CaseStage to) => Forward[from].Contains(to);

    /// <summary>
    /// A case in assessment, team, services or follow-up can go back to an earlier working stage
    /// (need assessment at the earliest) when the situation has changed.
    /// </summary>
    public static bool CanReturn(CaseStage from, CaseStage to) =>
        from is not CaseStage.Ended
        && to is >= CaseStage.NeedAssessment and < CaseStage.Ended
        && to < from;

    /// <summary>A referral to the coordinator moves a case that has not reached the coordinator's assessment straight to it (F31).</summary>
    public static bool ReferralGoesToCoordinator(CaseStage from) => from < CaseStage.CoordinatorAssessment;

    public static bool CanEnd(CaseStage from) => from is not CaseStage.Ended;
}
