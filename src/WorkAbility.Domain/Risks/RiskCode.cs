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
}
