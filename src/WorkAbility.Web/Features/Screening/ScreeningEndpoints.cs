using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Screening;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// "At booking, do the indicators alert?" (F2). A booking system or the contact form sends what
/// is known; the answer lists the alerts with their reasons and the suggested next step. No
/// client is identified in the request, so nothing here touches client data.
/// </summary>
public static class ScreeningEndpoints
{
    public sealed record EvaluateRequest(
        [property: Description("unemployed | employed | self-employed | student | other")] string? EmploymentStatus,
        bool? HasOccupationalHealth,
        [property: Description("Days of continuous unemployment")] int? UnemploymentDurationDays,
        int? AgeYears,
        [property: Description("The reason for the visit in the client's or booker's words")] string? VisitReason,
        int? VisitsLast12Months,
        int? SickLeaveDaysLast12Months,
        [property: Description("Indicator id → answered true/false; ids from GET /api/screening/rules")] Dictionary<string, bool>? Indicators);

    public sealed record Alert(string RuleId, string Label, string Reason, string SuggestedStep);

    public sealed record EvaluateResponse(IReadOnlyList<Alert> Alerts);

    public sealed record RuleInfo(string Id, string Label, string SuggestedStep);

    public sealed record IndicatorInfo(string Id, string Label);

    public sealed record RulesResponse(IReadOnlyList<IndicatorInfo> Indicators, IReadOnlyList<RuleInfo> Rules);

    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/screening").WithTags("Screening")
            .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Professional), nameof(StaffRole.Coordinator)));
        group.MapPost("/evaluate", (EvaluateRequest request, ScreeningRules rules, IStringLocalizer<SharedResource> l) =>
                Results.Ok(Evaluate(request, rules.Current, l)))
            .DisableAntiforgery()
            .WithSummary("Checks booking facts against the screening indicators")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
                {
                    body.Example = JsonNode.Parse("""
                        { "employmentStatus": "unemployed", "unemploymentDurationDays": 420, "ageYears": 34,
                          "visitReason": "prolonged flu", "visitsLast12Months": 4, "indicators": { "housing": true } }
                        """);
                }
                return Task.CompletedTask;
            });
        group.MapGet("/rules", (ScreeningRules rules) =>
        {
            var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var set = rules.Current;
            return Results.Ok(new RulesResponse(
                set.Indicators.Select(i => new IndicatorInfo(i.Id, i.Label.For(lang))).ToList(),
                set.Rules.Select(r => new RuleInfo(r.Id, r.Label.For(lang), r.SuggestedStep.For(lang))).ToList()));
        }).WithSummary("The indicators a booking can answer and the rules that may alert");
        return endpoints;
    }

    /// <summary>Validates the request, runs the rules and words the alerts in the request's language.</summary>
    public static EvaluateResponse Evaluate(EvaluateRequest request, ScreeningRuleSet rules, IStringLocalizer<SharedResource> l)
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
        return new EvaluateResponse(ScreeningEvaluator.Evaluate(rules, facts)
            .Select(a => new Alert(a.Rule.Id, a.Rule.Label.For(lang), Explain(a.Because, rules, l, lang), a.Rule.SuggestedStep.For(lang)))
            .ToList());
    }

    private static string Explain(IReadOnlyList<MatchedFact> facts, ScreeningRuleSet rules, IStringLocalizer<SharedResource> l, string lang) =>
        string.Join("; ", facts.Select(f => f.Fact switch
        {
            "employmentStatus" => $"{l["Screening.Fact.employmentStatus"]}: {l.Enum(Enum.Parse<EmploymentStatus>(f.Value))}",
            "visitReason" => $"{l["Screening.Fact.visitReason"]} ”{f.Value}”",
            "hasOccupationalHealth" => $"{l["Screening.Fact.hasOccupationalHealth"]}: {l[f.Value == "true" ? "Common.Yes" : "Common.No"]}",
            _ when f.Fact.StartsWith(ScreeningCondition.Flag.IndicatorPrefix, StringComparison.Ordinal) =>
                rules.Indicators.FirstOrDefault(i => i.Id == f.Fact[ScreeningCondition.Flag.IndicatorPrefix.Length..])?.Label.For(lang) ?? f.Fact,
            _ => $"{l["Screening.Fact." + f.Fact]}: {f.Value}",
        }));

    private static void NonNegative(int? value, string field, int max, List<FieldError> errors)
    {
        if (value is < 0 || value > max)
        {
            errors.Add(new FieldError(field, "out_of_range"));
        }
    }
}
