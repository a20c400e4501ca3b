using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Statistics;

/// <summary>
/// What the statistics need to know of one case, read from its timeline and the records beside it.
/// Dates are Finnish calendar days; the rollup recounts a case whenever any of this changes.
/// </summary>
public sealed record CaseHistory(
    Guid CaseId,
    string Municipality,
    Guid OrganisationId,
    ServicePath Path,
    DateOnly BirthDate,
    DateOnly OpenedOn,
    ContactChannel? Channel,
    OrganisationKind? SourceKind,
    LivelihoodFacts Livelihood,
    bool? LikelyTyp,
    IReadOnlyList<CaseHistory.StageChange> Stages,
    DateOnly? CoordinatorAssignedOn,
    Guid? CoordinatorId,
    DateOnly? TeamFormedOn,
    DateOnly? FirstPlanOn,
    CaseOutcome? Outcome,
    CurrentNeed? LastNeed,
    IReadOnlyList<DateOnly> EndedOn,
    IReadOnlyList<DateOnly> ReopenedOn,
    IReadOnlyList<CaseHistory.Due> Dues,
    IReadOnlyList<CaseHistory.SentReferral> Referrals,
    IReadOnlyList<CaseHistory.Feedback> Feedbacks)
{
    /// <summary>The client's work ability scores (0–10) with the day each was given: self-assessments and need assessments (F39).</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];

    /// <summary>The person's situation told at points after the end of support (F39).</summary>
    public IReadOnlyList<Situation> SituationsAfter { get; init; } = [];

    /// <summary>The team meetings the client was invited to whose minutes say whether they came (F40).</summary>
    public IReadOnlyList<Attendance> MeetingsAttended { get; init; } = [];

    public sealed record Attendance(DateOnly On, bool Came);

    /// <summary>The screening indicators alerted on the facts recorded with the case's first concern (F2).</summary>
    public bool ScreeningAlerted { get; init; }

    public sealed record Measure(DateOnly On, int Score);

    public sealed record Situation(int MonthsAfter, WorkAbility.Domain.FollowUp.LifeSituation Told, DateOnly ToldOn);

    /// <summary>The case entered <paramref name="Stage"/> on <paramref name="On"/> (the opening stage first).</summary>
    public sealed record StageChange(DateOnly On, CaseStage Stage);

    public sealed record Due(DateOnly DueOn, DateOnly? MetOn);

    public sealed record SentReferral(DateOnly SentOn, ReferralStatus Status, DateOnly? StartedOn)
    {
        /// <summary>What employment support led to, when the provider recorded it at completion (F19).</summary>
        public EmploymentOutcome? Employment { get; init; }

        public DateOnly? CompletedOn { get; init; }

        /// <summary>When the status last changed: for a no-show, the day the provider recorded it.</summary>
        public DateOnly? StatusChangedOn { get; init; }

        /// <summary>The catalogue service referred to (its unit cost prices the use, F39).</summary>
        public Guid ServiceId { get; init; }
    }

    public sealed record Feedback(DateOnly GivenOn, int? Heard, int? Helped, int? PlanClear = null,
        CaseStage Stage = CaseStage.Ended, WorkAbility.Domain.Feedback.FeedbackOccasion Occasion = WorkAbility.Domain.Feedback.FeedbackOccasion.AtEnd)
    {
        /// <summary>The change experienced at the end of support, by life domain (F39).</summary>
        public WorkAbility.Domain.Feedback.ExperiencedChange? Change { get; init; }
    }

    public CaseStage CurrentStage => Stages.Count == 0 ? CaseStage.Concern : Stages[^1].Stage;
}
