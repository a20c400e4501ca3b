using System.Linq.Expressions;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Referrals;

/// <summary>Where a referral is on its closed loop (F18).</summary>
public enum ReferralStatus
{
    Sent,
    Received,
    Accepted,
    Declined,
    Started,
    Completed,
    DidNotAttend,
    Withdrawn,
}

/// <summary>What employment support led to (F19): a work trial, or paid work with or without wage subsidy.</summary>
public enum EmploymentOutcome
{
    WorkTrial,
    PaidWork,
    PaidWorkWithWageSubsidy,
    NoPlacement,
}

/// <summary>
/// The legal moves of a referral. The providing organisation receives, accepts or declines, starts
/// and completes it, or records that the client did not attend; the sending team can withdraw it
/// until the service has started. Declined, completed, did-not-attend and withdrawn are final.
/// </summary>
public static class ReferralTransitions
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Sent] = [ReferralStatus.Received, ReferralStatus.Withdrawn],
        [ReferralStatus.Received] = [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Withdrawn],
        [ReferralStatus.Accepted] = [ReferralStatus.Started, ReferralStatus.DidNotAttend, ReferralStatus.Withdrawn],
        [ReferralStatus.Started] = [ReferralStatus.Completed, ReferralStatus.DidNotAttend],
        [ReferralStatus.Declined] = [],
        [ReferralStatus.Completed] = [],
        [ReferralStatus.DidNotAttend] = [],
        [ReferralStatus.Withdrawn] = [],
    };

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Allowed[from].Contains(to);

    /// <summary>The open statuses, as a list a database query can use.</summary>
    public static IReadOnlyList<ReferralStatus> OpenStatuses { get; } =
        [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Started];

    public static IReadOnlyList<ReferralStatus> NextFrom(ReferralStatus from) => Allowed[from];

    /// <summary>Still waiting for an outcome: the loop is not closed.</summary>
    public static bool IsOpen(ReferralStatus status) => OpenStatuses.Contains(status);

    /// <summary>
    /// <see cref="IsOpen"/> as a query condition whose statuses are constants in the SQL (not a parameter), so the
    /// provider's inbox reads its partial index of open referrals.
    /// </summary>
    public static Expression<Func<Referral, bool>> Open { get; } = r =>
        r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Started;

    /// <summary>Moves the provider makes; withdrawing is the sender's.</summary>
    public static bool IsProvidersMove(ReferralStatus to) => to is not ReferralStatus.Withdrawn;
}

/// <summary>
/// A plan action sent to the organisation that provides its service (F18). The provider moves it
/// along <see cref="ReferralTransitions"/> and the case manager sees where it is, so no referral
/// disappears without an outcome: it is answered by its <see cref="RespondBy"/> day (F41) and closes with a
/// <see cref="ReferralOutcomeCode"/>.
/// </summary>
public sealed class Referral : IVersioned
{
    public const int TextMaxLength = 2000;
    public const int EmployerMaxLength = 200;

    private Referral() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    /// <summary>The plan action it carries out; none for occupational health's own referral, which has no team plan (F34).</summary>
    public Guid? PlanActionId { get; private set; }
    public Guid ServiceId { get; private set; }
    public Guid ToOrganisationId { get; private set; }
    public Guid SentById { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public string? Note { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }
    public Guid StatusChangedById { get; private set; }

    /// <summary>The working day by which the provider accepts or declines (the service's level, F41).</summary>
    public DateOnly RespondBy { get; private set; }

    /// <summary>When the provider first accepted or declined it.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When the provider and the sending team were told it is past its respond-by day unanswered.</summary>
    public DateTimeOffset? LateToldAt { get; private set; }

    /// <summary>When the case's coordinator was told it has waited <see cref="ReferralServiceLevel.OverdueWorkingDays"/> working days unanswered.</summary>
    public DateTimeOffset? OverdueToldAt { get; private set; }

    /// <summary>When the service started (the referral loop's "time to start", F28).</summary>
    public DateTimeOffset? StartedAt { get; private set; }
    public string? DeclineReason { get; private set; }

    /// <summary>Why the loop closed as it did; null while it is open.</summary>
    public ReferralOutcomeCode? OutcomeCode { get; private set; }
    public int? DeliveredAmount { get; private set; }
    public DeliveryUnit? DeliveredUnit { get; private set; }
    public bool? GotHelp { get; private set; }
    public EmploymentOutcome? EmploymentOutcome { get; private set; }
    public int? HoursPerWeek { get; private set; }
    public string? Employer { get; private set; }
    public Guid Version { get; set; }

    public bool IsOpen => ReferralTransitions.IsOpen(Status);

    /// <summary>Sent but not yet accepted or declined: the service level runs.</summary>
    public bool IsUnanswered => Status is ReferralStatus.Sent or ReferralStatus.Received;

    /// <summary>
    /// Whether a professional may make this move: the provider's moves belong to the providing
    /// organisation, withdrawing to the sending team (its members and the case's coordinator).
    /// </summary>
    public bool MayMove(ReferralStatus to, Guid actorOrganisationId, bool onSendingTeam) =>
        ReferralTransitions.IsProvidersMove(to) ? actorOrganisationId == ToOrganisationId : onSendingTeam;

    /// <summary>Ending support withdraws what has not started yet; a service already running goes on.</summary>
    public bool WithdrawnWhenSupportEnds => ReferralTransitions.CanMove(Status, ReferralStatus.Withdrawn);

    /// <summary>
    /// Sends a referral, to be answered within <paramref name="respondWithinDays"/> working days of the day it is sent.
    /// <paramref name="openServiceIds"/> are the services the case already has an open referral to: the client is not
    /// sent twice to what they already have (F5).
    /// </summary>
    public static Referral Send(Guid supportCaseId, Guid? planActionId, Guid serviceId, Guid toOrganisationId, int respondWithinDays, string? note,
        IReadOnlyCollection<Guid> openServiceIds, Guid sentById, DateTimeOffset now)
    {
        if (openServiceIds.Contains(serviceId))
        {
            throw new DomainRuleException("referral_duplicate", "actionId");
        }
        var errors = new List<FieldError>();
        var text = TextRules.OptionalText(note, "note", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new Referral
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            PlanActionId = planActionId,
            ServiceId = serviceId,
            ToOrganisationId = toOrganisationId,
            SentById = sentById,
            SentAt = now,
            RespondBy = ReferralServiceLevel.RespondBy(now, respondWithinDays),
            Note = text,
            Status = ReferralStatus.Sent,
            StatusChangedAt = now,
            StatusChangedById = sentById,
        };
    }

    /// <summary>
    /// Moves the referral. A decline needs its coded reason (and words for "other"); a completion says what was
    /// delivered and whether the client got the help sought, and may say what employment support led to (paid work
    /// needs its weekly hours, 1–60); a withdrawal is the team's unless support ended.
    /// </summary>
    public void MoveTo(ReferralStatus to, Guid byId, DateTimeOffset now, ReferralMove? move = null)
    {
        move ??= ReferralMove.None;
        if (!Enum.IsDefined(to))
        {
            throw DomainRuleException.Invalid("invalid_choice", "status");
        }
        if (!ReferralTransitions.CanMove(Status, to))
        {
            throw new DomainRuleException("referral_transition_not_allowed", "status");
        }
        var errors = new List<FieldError>();
        string? why = null;
        ReferralOutcomeCode? code = null;
        switch (to)
        {
            case ReferralStatus.Declined:
                if (move.ReasonCode is not { } reason || !ReferralOutcomes.IsDeclineReason(reason))
                {
                    errors.Add(new FieldError("reasonCode", move.ReasonCode is null ? TextRules.Required : "invalid_choice"));
                    why = TextRules.OptionalText(move.Reason, "reason", TextMaxLength, errors);
                }
                else
                {
                    code = reason;
                    why = reason is ReferralOutcomeCode.Other
                        ? TextRules.RequiredText(move.Reason, "reason", TextMaxLength, errors)
                        : TextRules.OptionalText(move.Reason, "reason", TextMaxLength, errors);
                }
                break;
            case ReferralStatus.Completed:
                if (move.GotHelp is not { } gotHelp)
                {
                    errors.Add(new FieldError("gotHelp", TextRules.Required));
                }
                else
                {
                    code = gotHelp ? ReferralOutcomeCode.GotHelp : ReferralOutcomeCode.NoHelp;
                }
                if (move.DeliveredAmount is not (>= 1 and <= ReferralOutcomes.MaxDelivered))
                {
                    errors.Add(new FieldError("deliveredAmount", move.DeliveredAmount is null ? TextRules.Required : "referral_delivered_range"));
                }
                if (move.DeliveredUnit is not { } unit || !Enum.IsDefined(unit))
                {
                    errors.Add(new FieldError("deliveredUnit", move.DeliveredUnit is null ? TextRules.Required : "invalid_choice"));
                }
                CheckEmployment(move, errors);
                break;
            case ReferralStatus.DidNotAttend:
                code = ReferralOutcomeCode.DidNotAttend;
                break;
            case ReferralStatus.Withdrawn:
                code = move.ReasonCode ?? ReferralOutcomeCode.WithdrawnByTeam;
                if (code is not (ReferralOutcomeCode.WithdrawnByTeam or ReferralOutcomeCode.SupportEnded))
                {
                    errors.Add(new FieldError("reasonCode", "invalid_choice"));
                }
                break;
        }
        TextRules.ThrowIfAny(errors);
        Status = to;
        StatusChangedAt = now;
        StatusChangedById = byId;
        if (to is ReferralStatus.Accepted or ReferralStatus.Declined)
        {
            AnsweredAt ??= now;
        }
        if (to is ReferralStatus.Started)
        {
            StartedAt ??= now;
        }
        OutcomeCode = code ?? OutcomeCode;
        if (to is ReferralStatus.Declined)
        {
            DeclineReason = why;
        }
        if (to is ReferralStatus.Completed)
        {
            (GotHelp, DeliveredAmount, DeliveredUnit) = (move.GotHelp, move.DeliveredAmount, move.DeliveredUnit);
            if (move.EmploymentOutcome is { } outcome)
            {
                EmploymentOutcome = outcome;
                HoursPerWeek = outcome is Referrals.EmploymentOutcome.NoPlacement ? null : move.HoursPerWeek;
                Employer = string.IsNullOrWhiteSpace(move.Employer) ? null : move.Employer.Trim();
            }
        }
    }

    private static void CheckEmployment(ReferralMove move, List<FieldError> errors)
    {
        if (move.EmploymentOutcome is not { } o)
        {
            return;
        }
        if (!Enum.IsDefined(o))
        {
            errors.Add(new FieldError("employmentOutcome", "invalid_choice"));
        }
        if (o is Referrals.EmploymentOutcome.PaidWork or Referrals.EmploymentOutcome.PaidWorkWithWageSubsidy or Referrals.EmploymentOutcome.WorkTrial
            && move.HoursPerWeek is not (>= 1 and <= 60))
        {
            errors.Add(new FieldError("hoursPerWeek", "referral_hours_range"));
        }
        TextRules.OptionalText(move.Employer, "employer", EmployerMaxLength, errors);
    }

    /// <summary>The provider and the sending team have been told it is late (once).</summary>
    public void MarkLateTold(DateTimeOffset now) => LateToldAt ??= now;

    /// <summary>The case's coordinator has been told it is overdue (once).</summary>
    public void MarkOverdueTold(DateTimeOffset now) => OverdueToldAt ??= now;
}

/// <summary>
/// Whether a referral may go to a provider, and whether the provider may still see the client it was sent for
/// (F11, F18): within the organisation holding the case always, elsewhere only while a valid consent names the
/// provider. The live path asks this when sending; the demo county's history is checked against it.
/// </summary>
public static class ReferralConsent
{
    /// <param name="scope">What valid consents give each organisation (<see cref="Consents.ConsentClock.Scope"/>).</param>
    public static bool Covers(Guid providerId, Guid holdingOrganisationId, IReadOnlyDictionary<Guid, Consents.DataCategory> scope) =>
        providerId == holdingOrganisationId || scope.GetValueOrDefault(providerId) is not Consents.DataCategory.None;
}
