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
    ReferralSent,
    ReferralStatusChanged,
    FollowUpContactRecorded,
    FollowUpReviewed,
    HandoverProposed,
    HandoverAccepted,
    HandoverRefused,
    EarlySupportDiscussion,
    EmploymentEnded,
    HandedOverFromOccupationalHealth,
    HandoverReceived,
    HandoverLapsed,
    ConsentConfirmed,
    WorkAbilityNegotiationHeld,
    ExpertConsulted,
    ExpertAnswered,

    /// <summary>The county asked the client's occupational health a question (F42).</summary>
    OhQuestionAsked,

    /// <summary>Occupational health answered the county's question (F42).</summary>
    OhQuestionAnswered,

    /// <summary>The employer changed its occupational health provider: the old unit handed the case to the new one (F42).</summary>
    OhProviderChanged,
}
