namespace WorkAbility.Domain.Assessment;

/// <summary>
/// Thresholds of long unemployment in the act on multi-sector joint service promoting employment
/// (TYP, 1369/2014, § 2). Kept in configuration because the law has changed them before.
/// </summary>
public sealed record TypThresholds
{
    public int LabourMarketSubsidyDays { get; init; } = 300;
    public int YoungAgeLimit { get; init; } = 25;
    public int YoungContinuousMonths { get; init; } = 6;
    public int AdultContinuousMonths { get; init; } = 12;
}

/// <summary>What is known about the client for TYP recognition; null means not known yet.</summary>
public sealed record TypFacts(
    int? AgeYears = null,
    int? ContinuousUnemploymentMonths = null,
    int? LabourMarketSubsidyDays = null,
    bool? NeedsEmploymentServices = null,
    bool? NeedsSocialOrHealthServices = null,
    bool? NeedsKelaServices = null);

public enum CriterionState
{
    Met,
    NotMet,
    Unknown,
}

public enum TypCriterion
{
    LabourMarketSubsidyDays,
    ContinuousUnemploymentUnderAgeLimit,
    ContinuousUnemploymentFromAgeLimit,
    LongUnemployment,
    MultiSectorServiceNeed,
}

public sealed record TypCriterionResult(TypCriterion Criterion, CriterionState State);

/// <summary>The outcome: whether the client likely belongs to TYP, why, and what is still unknown.</summary>
public sealed record TypRecognitionResult(bool LikelyTypClient, IReadOnlyList<TypCriterionResult> Criteria, IReadOnlyList<string> MissingFacts)
{
    public CriterionState StateOf(TypCriterion criterion) => Criteria.Single(c => c.Criterion == criterion).State;
}

/// <summary>
/// "TYP-asiakkuuden tunnistaminen!" (F8). A client likely belongs to TYP when they are long-term
/// unemployed — at least the threshold days of unemployment-based labour market subsidy, or
/// continuously unemployed for the young or adult threshold of months by age — and they need
/// coordinated services of employment services and social/health services (Kela's services are
/// added when needed, as the act says, so they are not required for the flag).
/// </summary>
public static class TypRecognition
{
    public static TypRecognitionResult Recognise(TypFacts facts, TypThresholds thresholds)
    {
        var missing = new List<string>();

        var subsidy = facts.LabourMarketSubsidyDays is { } days
            ? State(days >= thresholds.LabourMarketSubsidyDays)
            : Unknown(missing, nameof(TypFacts.LabourMarketSubsidyDays));

        CriterionState young, adult;
        if (facts.AgeYears is not { } age)
        {
            missing.Add(nameof(TypFacts.AgeYears));
            young = adult = facts.ContinuousUnemploymentMonths is null ? Unknown(missing, nameof(TypFacts.ContinuousUnemploymentMonths)) : CriterionState.Unknown;
        }
        else if (facts.ContinuousUnemploymentMonths is not { } months)
        {
            missing.Add(nameof(TypFacts.ContinuousUnemploymentMonths));
            young = age < thresholds.YoungAgeLimit ? CriterionState.Unknown : CriterionState.NotMet;
            adult = age >= thresholds.YoungAgeLimit ? CriterionState.Unknown : CriterionState.NotMet;
        }
        else
        {
            young = State(age < thresholds.YoungAgeLimit && months >= thresholds.YoungContinuousMonths);
            adult = State(age >= thresholds.YoungAgeLimit && months >= thresholds.AdultContinuousMonths);
        }

        var longUnemployment = AnyOf(subsidy, young, adult);

        var employment = facts.NeedsEmploymentServices is { } e ? State(e) : Unknown(missing, nameof(TypFacts.NeedsEmploymentServices));
        var socialHealth = facts.NeedsSocialOrHealthServices is { } s ? State(s) : Unknown(missing, nameof(TypFacts.NeedsSocialOrHealthServices));
        var serviceNeed = AllOf(employment, socialHealth);

        var criteria = new List<TypCriterionResult>
        {
            new(TypCriterion.LabourMarketSubsidyDays, subsidy),
            new(TypCriterion.ContinuousUnemploymentUnderAgeLimit, young),
            new(TypCriterion.ContinuousUnemploymentFromAgeLimit, adult),
            new(TypCriterion.LongUnemployment, longUnemployment),
            new(TypCriterion.MultiSectorServiceNeed, serviceNeed),
        };
        return new TypRecognitionResult(longUnemployment == CriterionState.Met && serviceNeed == CriterionState.Met, criteria, missing.Distinct().ToList());
    }

    private static CriterionState State(bool met) => met ? CriterionState.Met : CriterionState.NotMet;

    private static CriterionState Unknown(List<string> missing, string fact)
    {
        missing.Add(fact);
        return CriterionState.Unknown;
    }

    private static CriterionState AnyOf(params CriterionState[] states) =>
        states.Contains(CriterionState.Met) ? CriterionState.Met :
        states.Contains(CriterionState.Unknown) ? CriterionState.Unknown : CriterionState.NotMet;

    private static CriterionState AllOf(params CriterionState[] states) =>
        states.Contains(CriterionState.NotMet) ? CriterionState.NotMet :
        states.Contains(CriterionState.Unknown) ? CriterionState.Unknown : CriterionState.Met;
}
