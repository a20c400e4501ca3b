namespace WorkAbility.Domain.Cases;

/// <summary>What happened on a case's timeline.</summary>
public enum CaseEventKind
{
    Opened,
    Advanced,
    ReturnedForReassessment,
    CoordinatorAssigned,
    PathChanged,
    Ended,
    Reopened,
    ConcernRecorded,
    LevelOfSupportDecided,
    ConsentRecorded,
    ConsentNarrowed,
    ConsentWithdrawn,
    TeamFormed,
    TeamMemberAdded,
    TeamMemberLeft,
    CaseManagerNamed,
    MeetingConvened,
    MeetingMinutesRecorded,
    PlanSaved,
}
