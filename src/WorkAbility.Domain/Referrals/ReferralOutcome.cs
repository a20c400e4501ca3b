namespace WorkAbility.Domain.Referrals;

/// <summary>
/// Why a referral's loop closed as it did (F41): every closing status carries one of these, so a network can say
/// *why* – the codes the best referral networks report (got help, no capacity, could not contact, client declined,
/// referred elsewhere). In FHIR they are the Task's <c>businessStatus</c>, and a decline's or withdrawal's also its
/// <c>statusReason</c>.
/// </summary>
public enum ReferralOutcomeCode
{
    /// <summary>Completed and the client got the help sought.</summary>
    GotHelp,

    /// <summary>Completed, but the client did not get the help sought.</summary>
    NoHelp,

    DidNotAttend,

    NoCapacity,
    NotEligible,
    ClientDeclined,
    CouldNotContact,
    ReferredElsewhere,
    Other,

    /// <summary>The sending team withdrew it.</summary>
    WithdrawnByTeam,

    /// <summary>Support ended before the service started, which withdraws it.</summary>
    SupportEnded,
}

/// <summary>What a completed service's amount is counted in.</summary>
public enum DeliveryUnit
{
    Visits,
    Days,
}

/// <summary>The coded outcomes and what each closing status may carry.</summary>
public static class ReferralOutcomes
{
    public const int MaxDelivered = 1000;

    /// <summary>The reasons a provider declines with; <see cref="ReferralOutcomeCode.Other"/> needs its words.</summary>
    public static IReadOnlyList<ReferralOutcomeCode> DeclineReasons { get; } =
    [
        ReferralOutcomeCode.NoCapacity, ReferralOutcomeCode.NotEligible, ReferralOutcomeCode.ClientDeclined,
        ReferralOutcomeCode.CouldNotContact, ReferralOutcomeCode.ReferredElsewhere, ReferralOutcomeCode.Other,
    ];

    public static bool IsDeclineReason(ReferralOutcomeCode code) => DeclineReasons.Contains(code);
}

/// <summary>What the provider says when it moves a referral: a decline's coded reason, a completion's delivery and result.</summary>
public sealed record ReferralMove
{
    public ReferralOutcomeCode? ReasonCode { get; init; }
    public string? Reason { get; init; }
    public bool? GotHelp { get; init; }
    public int? DeliveredAmount { get; init; }
    public DeliveryUnit? DeliveredUnit { get; init; }
    public EmploymentOutcome? EmploymentOutcome { get; init; }
    public int? HoursPerWeek { get; init; }
    public string? Employer { get; init; }

    public static ReferralMove None { get; } = new();
}
