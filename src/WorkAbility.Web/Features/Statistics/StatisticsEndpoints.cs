namespace WorkAbility.Web.Features.Statistics;

public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/statistics").RequireAuthorization().WithTags("Statistics");
        // A bad filter is answered 400 with the field's localized message (the page shows the same beside its form).
        static ShowStatistics.Result? Valid(ShowStatistics.Result? result) =>
            result is { FilterErrors.Count: > 0 } ? throw new WorkAbility.Domain.Common.DomainValidationException(result.FilterErrors) : result;
        api.MapGet("/overview", async ([AsParameters] ShowStatistics.Request request, ShowStatistics.Handler handler, CancellationToken ct) =>
                Valid(await handler.Handle(request, ct)) is { } result
                    ? Results.Ok(new { result.Filter, result.RefreshedAt, Figures = StatisticsRows.From(result), result.Providers })
                    : Results.NotFound())
            .WithSummary("The decision-makers' figures for a period (managers: own organisation; decision-makers: the county); values under 5 are null with suppressed = true");
        api.MapGet("/overview.csv", async ([AsParameters] ShowStatistics.Request request, ShowStatistics.Handler handler,
                Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> l, CancellationToken ct) =>
                Valid(await handler.Handle(request, ct)) is { } result
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(StatisticsRows.Csv(StatisticsRows.From(result), new StatisticsRows.Labels(l, result))),
                        "text/csv; charset=utf-8", StatisticsRows.FileName(result.Filter, "csv"))
                    : Results.NotFound())
            .WithSummary("The same figures as CSV for Excel: a BOM, semicolons, headers in the reader's language, codes with their labels");
        api.MapGet("/overview.xlsx", async ([AsParameters] ShowStatistics.Request request, ShowStatistics.Handler handler,
                Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> l, CancellationToken ct) =>
                Valid(await handler.Handle(request, ct)) is { } result
                    ? Results.File(StatisticsWorkbook.Write(StatisticsRows.From(result), new StatisticsRows.Labels(l, result)),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", StatisticsRows.FileName(result.Filter, "xlsx"))
                    : Results.NotFound())
            .WithSummary("The same figures as an Excel workbook, with the same columns as the CSV");
        return endpoints;
    }
}
