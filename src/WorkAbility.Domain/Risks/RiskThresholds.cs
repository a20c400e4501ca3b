namespace WorkAbility.Domain.Risks;

/// <summary>The limits the risk rules use, in days unless named otherwise; set in configuration ("Risks").</summary>
public sealed record RiskThresholds
{
    public int ConcernNotRaisedDays { get; init; } = 14;
    public int CoordinatorContactDays { get; init; } = 14;
    public int FollowUpOverdueDays { get; init; } = 7;
    public int MissedAppointments { get; init; } = 2;
    public int ReferralOutcomeDays { get; init; } = Referrals.ReferralServiceLevel.OutcomeDays;
    public int HandoverPendingDays { get; init; } = 7;
    public int HandoverValidDays { get; init; } = 14;
    public int ContactAfterChangeDays { get; init; } = 14;
    public int EndedNeedWatchDays { get; init; } = 90;
    public int TypConsideredDays { get; init; } = 30;
    public int OhHandoverDays { get; init; } = 14;

    /// <summary>Working days (Mon–Fri less Finnish holidays) within which a client's message is answered.</summary>
    public int MessageAnswerWorkingDays { get; init; } = 3;

    /// <summary>
    /// How old a kept evaluation (<see cref="CaseRiskState"/>) may be before a worklist or a count
    /// evaluates the case again: rules that count whole days fire at the hour the limit passes.
    /// </summary>
    public int RecheckHours { get; init; } = 6;

    public TimeSpan HandoverValidity => TimeSpan.FromDays(HandoverValidDays);

    public TimeSpan Recheck => TimeSpan.FromHours(Math.Max(1, RecheckHours));
}
