using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Domain.Risks;

/// <summary>
/// What the risk rules look at for one case. It is a flat record so that a worklist can read it for
/// many cases in one query, and a test can state it directly.
/// </summary>
public sealed record RiskFacts
{
    public CaseStage Stage { get; init; }
    public ServicePath Path { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public Guid? CoordinatorId { get; init; }

    /// <summary>The oldest concern not yet raised with the client (puheeksi ottaminen), if any.</summary>
    public DateTimeOffset? OldestConcernNotRaisedAt { get; init; }

    public bool HasTeam { get; init; }
    public DateTimeOffset? TeamFormedAt { get; init; }
    public bool HasValidConsent { get; init; }
    public int MissingKeyActors { get; init; }
    public Guid? CaseManagerId { get; init; }
    public DateTimeOffset? CaseManagerSince { get; init; }
    public DateTimeOffset? HandoverProposedAt { get; init; }

    public bool HasPlan { get; init; }
    public bool PlanHasResponsibleProfessionals { get; init; }
    public DateTimeOffset? PlanNextMeetingAt { get; init; }
    public int? PlanFollowUpEveryWeeks { get; init; }
    public bool PlanLinksTyp { get; init; }

    public DateOnly? EarliestOpenDueOn { get; init; }
    public DateOnly? LastContactOn { get; init; }
    public int MissedAppointments { get; init; }
    public DateTimeOffset? OldestOpenReferralSentAt { get; init; }

    /// <summary>The employer side of an occupational health case (F42): a running sick leave, the early support discussion and its measures, limits.</summary>
    public DateOnly? SickLeaveSince { get; init; }
    public DateOnly? LastNegotiationOn { get; init; }
    public DateOnly? EarlySupportOn { get; init; }
    public Cases.WorkplaceMeasures WorkplaceMeasures { get; init; }
    public Cases.ServiceLimits LimitedBy { get; init; }

    /// <summary>When the oldest continuity plan still unacknowledged by its organisation was sent (F41).</summary>
    public DateTimeOffset? OldestUnacknowledgedContinuityAt { get; init; }

    /// <summary>When the oldest referral still neither accepted nor declined was sent (F41).</summary>
    public DateTimeOffset? OldestUnansweredReferralSentAt { get; init; }

    /// <summary>How many open referrals go to a provider outside the holding organisation that no valid consent names now.</summary>
    public int OpenReferralsOutsideConsent { get; init; }
    public bool HasTypReferral { get; init; }

    public bool? LikelyTypClient { get; init; }
    public DateTimeOffset? LastAssessedAt { get; init; }

    /// <summary>When the client's work ability was last measured (a self-assessment, a Kykyviisari result, a need assessment's score).</summary>
    public DateTimeOffset? LastMeasuredAt { get; init; }
    public CurrentNeed? LastReviewNeed { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public DateOnly? EmploymentEndedOn { get; init; }

    /// <summary>The level of support decided is self-care or a low-threshold service: the case has an owner instead of a team (F33).</summary>
    public bool LowThresholdLevel { get; init; }

    /// <summary>The professional who decided the low-threshold route owns it, and is still in service.</summary>
    public bool OwnerActive { get; init; }

    /// <summary>Occupational health holds overall responsibility (its path, not handed over): the county's coordinator is not expected yet.</summary>
    public bool OccupationalHealthResponsible { get; init; }

    /// <summary>When the oldest message of the client that nobody has answered in its thread was sent, if any.</summary>
    public DateTimeOffset? OldestUnansweredMessageAt { get; init; }
}
