namespace WorkAbility.Domain.Assessment;

/// <summary>
/// The groups seed 001 names as needing work ability support. One person may belong to several,
/// so the need assessment records them as a set.
/// </summary>
[Flags]
public enum TargetGroup
{
    None = 0,
    Unemployed = 1,
    LongTermIll = 2,
    Recovering = 4,
    Disabled = 8,
    AfterLifeCrisis = 16,
}

/// <summary>The client's main source of income at the need assessment (toimeentulo).</summary>
public enum IncomeSource
{
    Wages,
    UnemploymentBenefit,
    SicknessAllowance,
    RehabilitationAllowance,
    Pension,
    SocialAssistance,
    StudentFinancialAid,
    NoIncome,
    Other,
}

/// <summary>Where the client is in vocational rehabilitation (ammatillinen kuntoutus), if anywhere.</summary>
public enum VocationalRehabilitationPhase
{
    NotStarted,
    BeingInvestigated,
    Applied,
    Ongoing,
    Completed,
}

/// <summary>The countable facts of a need assessment: target groups, livelihood and rehabilitation phase (F28).</summary>
public sealed record LivelihoodFacts(TargetGroup Groups, IncomeSource? Income, VocationalRehabilitationPhase? Rehabilitation)
{
    public static LivelihoodFacts NotRecorded { get; } = new(TargetGroup.None, null, null);

    public static TargetGroup[] EachGroup { get; } = [TargetGroup.Unemployed, TargetGroup.LongTermIll, TargetGroup.Recovering, TargetGroup.Disabled, TargetGroup.AfterLifeCrisis];

    /// <summary>The groups as a set, rejecting values outside the named groups.</summary>
    public static TargetGroup Combine(IEnumerable<TargetGroup>? groups, List<Common.FieldError> errors)
    {
        var combined = TargetGroup.None;
        // A form's unticked box posts None; it adds nothing.
        foreach (var group in (groups ?? []).Where(g => g is not TargetGroup.None))
        {
            if (!EachGroup.Contains(group))
            {
                errors.Add(new Common.FieldError("targetGroups", "invalid_choice"));
                return TargetGroup.None;
            }
            combined |= group;
        }
        return combined;
    }
}
