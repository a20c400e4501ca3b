using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.FollowUp;

/// <summary>
/// The low-threshold route has an owner (F33): when the need assessment finds self-care with
/// guidance or a low-threshold service enough, no team is formed — so the professional who decided
/// it owns the case (or, once one takes it, the coordinator): they follow it up on an agreed date,
/// record the contacts and end it with an outcome. A case left without an owner or a follow-up date
/// is a risk of its own.
/// </summary>
public static class LowThresholdRoute
{
    /// <summary>How far ahead a follow-up can be agreed: further than this is no follow-up at all.</summary>
    public const int MaxFollowUpMonths = 12;

    public static bool Applies(LevelOfSupport level) => level is LevelOfSupport.SelfCareWithGuidance or LevelOfSupport.LowThresholdService;

    /// <summary>
    /// The first follow-up of a low-threshold decision: required for such a level (the owner commits to
    /// a date), not before today and at most a year ahead; other levels are followed up by their team.
    /// </summary>
    public static DateOnly? FirstFollowUp(LevelOfSupport? level, DateOnly? on, DateOnly today, string field = "followUpOn")
    {
        if (level is not { } l || !Applies(l))
        {
            return null;
        }
        return on is null ? throw new DomainValidationException([new FieldError(field, "low_threshold_needs_follow_up")]) : NextFollowUp(on, today, field);
    }

    /// <summary>A next follow-up date agreed with the client: from today on, at most a year ahead.</summary>
    public static DateOnly? NextFollowUp(DateOnly? on, DateOnly today, string field = "nextFollowUpOn")
    {
        if (on is not { } day)
        {
            return null;
        }
        if (day < today)
        {
            throw new DomainValidationException([new FieldError(field, "date_in_past")]);
        }
        if (day > today.AddMonths(MaxFollowUpMonths))
        {
            throw new DomainValidationException([new FieldError(field, "follow_up_too_far")]);
        }
        return day;
    }

    /// <summary>
    /// Whether a case on the low-threshold route is stranded: in services or follow-up without a team,
    /// and nobody in service owns it (neither the decider nor a coordinator) or no follow-up is agreed.
    /// </summary>
    public static bool Stranded(Risks.RiskFacts f) =>
        f.LowThresholdLevel && !f.HasTeam && f.Stage is Cases.CaseStage.Services or Cases.CaseStage.FollowUp &&
        ((f.CoordinatorId is null && !f.OwnerActive) || f.EarliestOpenDueOn is null);
}
