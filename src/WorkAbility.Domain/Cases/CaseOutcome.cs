namespace WorkAbility.Domain.Cases;

/// <summary>Why work ability support ended (F23).</summary>
public enum CaseOutcome
{
    Employed,
    InEducation,
    Rehabilitation,
    Pension,
    Moved,
    SupportNoLongerNeeded,
    Other,
}
