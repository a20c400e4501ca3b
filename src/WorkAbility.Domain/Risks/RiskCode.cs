namespace WorkAbility.Domain.Risks;

/// <summary>
/// The risks the seeds list at each stage of the path (001, 004: "Riskit") that the data can
/// reveal. Each has a title, an explanation and a suggested action in the resources
/// (<c>Risk.&lt;Code&gt;.Title/Explanation/Action</c>).
/// </summary>
public enum RiskCode
{
    NeedNotRaisedWithClient,
    NoCoordinatorContact,
    TeamWithoutValidConsent,
    TeamLacksKeyActor,
    NoCaseManager,
    PlanWithoutOwnersOrNextMeeting,
    FollowUpOverdue,
    MissedAppointments,
    ReferralWithoutOutcome,
    CaseManagerChangePending,
    NoContactSinceCaseManagerChange,
    EndedWhileNeedRemains,
    TypNotConsidered,
    OhEmploymentEndedWithoutHandover,
    LowThresholdWithoutOwnerOrFollowUp,

    /// <summary>A referral is open, but no valid consent names its provider any more: the provider cannot see the client (F11, F18).</summary>
    ReferralOutsideConsent,

    /// <summary>Support runs but the client's own measure of work ability has not been taken for four months: whether it helps cannot be shown (F39).</summary>
    WorkAbilityNotMeasured,

    /// <summary>The client wrote to the team and nobody has answered in three working days (F40; seed 004: clients drop out between appointments).</summary>
    ClientMessageUnanswered,

    /// <summary>A referral has waited 14 working days without the provider accepting or declining it (F41).</summary>
    ReferralUnanswered,

    /// <summary>Support ended, and an organisation that goes on serving the client has not acknowledged the continuity plan in seven days (F41).</summary>
    ContinuityNotAcknowledged,

    /// <summary>On the occupational health path, a sick leave has run over 30 days without a work ability negotiation (seed 004, F42).</summary>
    OhSickLeaveWithoutNegotiation,

    /// <summary>On the occupational health path, the early support discussion led to no workplace measure while the client is on sick leave (seed 004, F42).</summary>
    OhWorkplaceOptionsUnused,

    /// <summary>On the occupational health path, the employer's or occupational health's resources were recorded as limiting the service (seed 004, F42).</summary>
    OhResourcesLimited,
}
