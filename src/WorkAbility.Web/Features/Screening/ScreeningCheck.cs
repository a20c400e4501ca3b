using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Screening;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// F2: booking facts checked against the screening indicators, for the screening API and for a
/// concern recorded at a visit; the alerts are worded in the reader's language.
/// </summary>
[Published]
public static class ScreeningCheck
{
    public sealed record Request(
        [property: Description("unemployed | employed | self-employed | student | other")] string? EmploymentStatus,
        bool? HasOccupationalHealth,
        [property: Description("Days of continuous unemployment")] int? UnemploymentDurationDays,
        int? AgeYears,
        [property: Description("The reason for the visit in the client's or booker's words")] string? VisitReason,
        int? VisitsLast12Months,
        int? SickLeaveDaysLast12Months,
        [property: Description("Indicator id → answered true/false; ids from GET /api/screening/rules")] Dictionary<string, bool>? Indicators);

    public sealed record Alert(string RuleId, string Label, string Reason, string SuggestedStep);

    public sealed record Response(IReadOnlyList<Alert> Alerts);

    /// <summary>Validates the request, runs the rules and words the alerts in the request's language.</summary>
    public static Response Evaluate(Request request, ScreeningRuleSet rules, IStringLocalizer<SharedResource> l)
    {
        var errors = new List<FieldError>();
        EmploymentStatus? status = null;
        if (!string.IsNullOrWhiteSpace(request.EmploymentStatus))
        {
            if (ScreeningRuleFile.TryParseStatus(request.EmploymentStatus, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add(new FieldError("employmentStatus", "invalid_choice"));
            }
        }
        NonNegative(request.UnemploymentDurationDays, "unemploymentDurationDays", 36_500, errors);
        NonNegative(request.AgeYears, "ageYears", 130, errors);
        NonNegative(request.VisitsLast12Months, "visitsLast12Months", 1_000, errors);
        NonNegative(request.SickLeaveDaysLast12Months, "sickLeaveDaysLast12Months", 366, errors);
        var reason = TextRules.OptionalText(request.VisitReason, "visitReason", 1_000, errors);
        var unknown = request.Indicators?.Keys.Where(k => rules.Indicators.All(i => i.Id != k)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            errors.Add(new FieldError("indicators", "unknown_indicator"));
        }
        TextRules.ThrowIfAny(errors);

        var facts = new BookingFacts(status, request.HasOccupationalHealth, request.UnemploymentDurationDays, request.AgeYears,
            reason, request.VisitsLast12Months, request.SickLeaveDaysLast12Months, request.Indicators);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new Response(ScreeningEvaluator.Evaluate(rules, facts)
            .Select(a => new Alert(a.Rule.Id, a.Rule.Label.For(lang), Explain(a.Because, rules, l, lang), a.Rule.SuggestedStep.For(lang)))
            .ToList());
    }

    // The words of the visit reason that fired are named once, together, as the person wrote them.
    private static string Explain(IReadOnlyList<MatchedFact> facts, ScreeningRuleSet rules, IStringLocalizer<SharedResource> l, string lang) =>
        string.Join("; ", facts.Where(f => f.Fact != "visitReason").Select(f => f.Fact switch
        {
            "employmentStatus" => $"{l["Screening.Fact.employmentStatus"]}: {l.Enum(Enum.Parse<EmploymentStatus>(f.Value))}",
            "hasOccupationalHealth" => $"{l["Screening.Fact.hasOccupationalHealth"]}: {l[f.Value == "true" ? "Common.Yes" : "Common.No"]}",
            _ when f.Fact.StartsWith(ScreeningCondition.Flag.IndicatorPrefix, StringComparison.Ordinal) =>
                rules.Indicators.FirstOrDefault(i => i.Id == f.Fact[ScreeningCondition.Flag.IndicatorPrefix.Length..])?.Label.For(lang) ?? f.Fact,
            _ => $"{l["Screening.Fact." + f.Fact]}: {f.Value}",
        }).Concat(facts.Any(f => f.Fact == "visitReason")
            ? [$"{l["Screening.Fact.visitReason"]} {string.Join(", ", facts.Where(f => f.Fact == "visitReason").Select(f => $"”{f.Value}”").Distinct())}"]
            : []));

    private static void NonNegative(int? value, string field, int max, List<FieldError> errors)
    {
        if (value is < 0 || value > max)
        {
            errors.Add(new FieldError(field, "out_of_range"));
        }
    }
}
