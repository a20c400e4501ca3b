using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// "At booking, do the indicators alert?" (F2). A booking system or the contact form sends what
/// is known; the answer lists the alerts with their reasons and the suggested next step. No
/// client is identified in the request, so nothing here touches client data.
/// </summary>
public static class ScreeningEndpoints
{
    public sealed record RuleInfo(string Id, string Label, string SuggestedStep);

    public sealed record IndicatorInfo(string Id, string Label);

    public sealed record RulesResponse(IReadOnlyList<IndicatorInfo> Indicators, IReadOnlyList<RuleInfo> Rules);

    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/screening").WithTags("Screening")
            .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Professional), nameof(StaffRole.Coordinator)));
        group.MapPost("/evaluate", async (ScreeningCheck.Request request, CheckBooking.Handler handler, CancellationToken ct) =>
                Results.Ok(await handler.Handle(request, ct)))
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
}
