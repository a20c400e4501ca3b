namespace WorkAbility.Domain.Cases;

/// <summary>
/// Stages of the service path (palvelupolku), in the order the seeds describe them. The numeric
/// order is meaningful: <see cref="StageRules"/> compares stages by it.
/// </summary>
public enum CaseStage
{
    Concern = 0,
    SeekingService = 1,
    NeedAssessment = 2,
    CoordinatorAssessment = 3,
    Team = 4,
    Services = 5,
    FollowUp = 6,
    Ended = 7,
}
