using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Screening;

/// <summary>One screening rule: when its condition holds, an alert suggests the next step.</summary>
public sealed record ScreeningRule(string Id, LocalizedText Label, ScreeningCondition Condition, LocalizedText SuggestedStep);

/// <summary>An indicator a professional or client can answer (seed 001's list, seed 004's OH triggers).</summary>
public sealed record ScreeningIndicator(string Id, LocalizedText Label);

public sealed record ScreeningRuleSet(IReadOnlyList<ScreeningIndicator> Indicators, IReadOnlyList<ScreeningRule> Rules);

public sealed record ScreeningAlert(ScreeningRule Rule, IReadOnlyList<MatchedFact> Because);

public static class ScreeningEvaluator
{
    /// <summary>Every rule whose condition holds for the facts, in the rule set's order.</summary>
    public static IReadOnlyList<ScreeningAlert> Evaluate(ScreeningRuleSet rules, BookingFacts facts) =>
        rules.Rules
            .Select(rule => (rule, matched: rule.Condition.Match(facts)))
            .Where(x => x.matched is not null)
            .Select(x => new ScreeningAlert(x.rule, x.matched!.Distinct().ToList()))
            .ToList();
}
