using System.Globalization;

namespace WorkAbility.Domain.Screening;

/// <summary>One fact that made a condition true, for the alert's explanation.</summary>
public sealed record MatchedFact(string Fact, string Value);

/// <summary>
/// A condition over <see cref="BookingFacts"/>, composed of all/any/not and comparisons of one
/// fact. A missing fact never satisfies a comparison, so nothing alerts on what is unknown.
/// </summary>
public abstract record ScreeningCondition
{
    /// <summary>The facts that satisfy the condition, or null when it does not hold.</summary>
    public abstract IReadOnlyList<MatchedFact>? Match(BookingFacts facts);

    public sealed record All(IReadOnlyList<ScreeningCondition> Conditions) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts)
        {
            var matched = new List<MatchedFact>();
            foreach (var c in Conditions)
            {
                if (c.Match(facts) is not { } m)
                {
                    return null;
                }
                matched.AddRange(m);
            }
            return matched;
        }
    }

    public sealed record Any(IReadOnlyList<ScreeningCondition> Conditions) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts)
        {
            List<MatchedFact>? matched = null;
            foreach (var c in Conditions)
            {
                if (c.Match(facts) is { } m)
                {
                    (matched ??= []).AddRange(m);
                }
            }
            return matched;
        }
    }

    public sealed record Not(ScreeningCondition Condition) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts) => Condition.Match(facts) is null ? [] : null;
    }

    /// <summary>Employment status is one of the given ones.</summary>
    public sealed record StatusIn(IReadOnlyList<EmploymentStatus> Statuses) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts) =>
            facts.EmploymentStatus is { } s && Statuses.Contains(s) ? [new("employmentStatus", s.ToString())] : null;
    }

    /// <summary>A boolean fact (hasOccupationalHealth, or an answered indicator) has the given value.</summary>
    public sealed record Flag(string Fact, bool Value) : ScreeningCondition
    {
        public const string IndicatorPrefix = "indicator:";

        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts)
        {
            bool? actual = Fact == "hasOccupationalHealth"
                ? facts.HasOccupationalHealth
                : Fact.StartsWith(IndicatorPrefix, StringComparison.Ordinal) && facts.Indicators is { } answers &&
                  answers.TryGetValue(Fact[IndicatorPrefix.Length..], out var answer) ? answer : null;
            return actual == Value ? [new(Fact, Value ? "true" : "false")] : null;
        }
    }

    /// <summary>A numeric fact lies within [Min, Max] (either bound optional).</summary>
    public sealed record Range(string Fact, int? Min, int? Max) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts)
        {
            int? value = Fact switch
            {
                "unemploymentDurationDays" => facts.UnemploymentDurationDays,
                "ageYears" => facts.AgeYears,
                "visitsLast12Months" => facts.VisitsLast12Months,
                "sickLeaveDaysLast12Months" => facts.SickLeaveDaysLast12Months,
                _ => throw new ArgumentException($"Unknown numeric fact '{Fact}'.", nameof(facts)),
            };
            return value is { } v && (Min is null || v >= Min) && (Max is null || v <= Max)
                ? [new(Fact, v.ToString(CultureInfo.InvariantCulture))]
                : null;
        }
    }

    /// <summary>
    /// The visit reason mentions one of the words (case-insensitive, any language the rules list). A
    /// listed word matches a whole word of the reason; one ending in <c>*</c> matches the start of a
    /// word ("pitkittyn*" → "pitkittynyt"), so "flu" never matches "flunssa". What is reported is the
    /// word as the person wrote it, never the stem.
    /// </summary>
    public sealed record ReasonMentions(IReadOnlyList<string> Words) : ScreeningCondition
    {
        public override IReadOnlyList<MatchedFact>? Match(BookingFacts facts)
        {
            if (string.IsNullOrWhiteSpace(facts.VisitReason))
            {
                return null;
            }
            var tokens = WordsOf(facts.VisitReason);
            var hits = tokens.Where(token => Words.Any(w => Matches(w, token))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return hits.Count > 0 ? hits.Select(w => new MatchedFact("visitReason", w)).ToList() : null;
        }

        private static bool Matches(string listed, string token) =>
            listed.EndsWith('*')
                ? token.StartsWith(listed[..^1], StringComparison.OrdinalIgnoreCase)
                : token.Equals(listed, StringComparison.OrdinalIgnoreCase);

        /// <summary>The words of a text: letters and digits, with hyphens inside a word kept ("työ-ikä").</summary>
        private static IEnumerable<string> WordsOf(string text) =>
            System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{Nd}][\p{L}\p{Nd}-]*").Select(m => m.Value.TrimEnd('-'));
    }

    public static IReadOnlyList<string> NumericFacts { get; } =
        ["unemploymentDurationDays", "ageYears", "visitsLast12Months", "sickLeaveDaysLast12Months"];
}
