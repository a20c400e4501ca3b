using System.Globalization;
using WorkAbility.Domain.Statistics;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// The overview as flat rows (figure, category, measure, value), the one shape the JSON, CSV and XLSX
/// share. Values are as published: a suppressed value is null with <c>Suppressed</c> set.
/// </summary>
public static class StatisticsRows
{
    public sealed record Row(string Figure, string? Category, string Measure, decimal? Value, bool Suppressed, bool Partial);

    public static IReadOnlyList<Row> From(ShowStatistics.Result result)
    {
        var rows = new List<Row>();
        void Figure(string code, PublishedFigure figure, string? prefix = null)
        {
            rows.Add(Of(code, prefix, "total", figure.Total));
            foreach (var cell in figure.Cells)
            {
                // The code (a coordinator's id, a category's name in code); its label goes beside it in the downloads.
                rows.Add(Of(code, prefix is null ? cell.Category : prefix + "/" + cell.Category, "count", cell.Count));
            }
            rows.Add(Of(code, prefix, "withheld", figure.Withheld));
        }
        foreach (var figure in result.Breakdowns)
        {
            Figure(figure.Code, figure);
        }
        foreach (var d in result.Durations)
        {
            rows.Add(Of(d.Code, null, "count", d.Count));
            rows.Add(new Row(d.Code, null, "medianDays", d.MedianDays, d.MedianDays is null, false));
            rows.Add(new Row(d.Code, null, "percentile90Days", d.Percentile90Days, d.Percentile90Days is null, false));
            foreach (var cell in d.Buckets.Cells)
            {
                rows.Add(Of(d.Code, cell.Category, "count", cell.Count));
            }
        }
        rows.Add(new Row(Figures.EffectChange, null, "medianPoints", result.MedianWorkAbilityChange, result.MedianWorkAbilityChange is null, false));
        // The providers' figures (F41), each by provider organisation (its id: its name goes beside it in the downloads).
        foreach (var p in result.Providers)
        {
            var f = p.Figures;
            var provider = f.ProviderId.ToString();
            rows.Add(Of(ProviderResponsiveness.AcceptanceDays, provider, "sent", f.Sent));
            rows.Add(new Row(ProviderResponsiveness.AcceptanceDays, provider, "medianWorkingDays", f.MedianAcceptanceDays, f.MedianAcceptanceDays is null, false));
            foreach (var (code, share) in new[] { (ProviderResponsiveness.AnsweredInTimeCode, f.AnsweredInTime), (ProviderResponsiveness.WithOutcomeCode, f.WithOutcome) })
            {
                rows.Add(Of(code, provider, "part", share.Count));
                rows.Add(Of(code, provider, "whole", share.Of));
                rows.Add(new Row(code, provider, "percent", share.Percent, share.Percent is null, false));
            }
            foreach (var cell in f.DeclineReasons)
            {
                rows.Add(Of(ProviderResponsiveness.DeclineReason, provider + "/" + cell.Category, "count", cell.Count));
            }
        }
        foreach (var answer in result.Answers)
        {
            foreach (var (period, share) in new[] { ("now", answer.Now), ("previous", answer.Previous) })
            {
                rows.Add(new Row(answer.Code, period, "part", share.Part, share.Part is null, share.Partial));
                rows.Add(new Row(answer.Code, period, "whole", share.Whole, share.Whole is null, share.Partial));
                // Under five it was published only as "under five" (the interval takes four): so it is here.
                bool small = share.Withheld is > 0 and < 5;
                rows.Add(new Row(answer.Code, period, "withheld", small || share.Part is null ? null : share.Withheld, small || share.Part is null, share.Partial));
            }
            if (answer.ReferencePercent is { } reference)
            {
                rows.Add(new Row(answer.Code, answer.ReferenceSource, "referencePercent", (int)reference, false, false));
            }
        }
        if (result.Screening is { } screening)
        {
            rows.Add(new Row(Figures.CoverageScreening, null, "checks", screening.Checks, false, false));
            rows.Add(new Row(Figures.CoverageScreening, null, "alerted", screening.Alerted, false, false));
        }
        foreach (var cost in result.Costs)
        {
            var path = cost.Path?.ToString();
            // "partial": a bound, not the exact cost (the page says whether at least or at most).
            rows.Add(new Row(Figures.CostPerCase, path, "euros", cost.PerCase.Euros, cost.PerCase.Euros is null, cost.PerCase.Bound is not PerCaseBound.Exact));
            rows.Add(Of(Figures.CostPerCase, path, "cases", cost.Cases));
            rows.Add(new Row(Figures.CostPerGoodOutcome, path, "euros", cost.PerGoodOutcome.Euros, cost.PerGoodOutcome.Euros is null,
                cost.PerGoodOutcome.Bound is not PerCaseBound.Exact));
            rows.Add(Of(Figures.CostPerGoodOutcome, path, "cases", cost.GoodOutcomes));
        }
        foreach (var reach in result.Reach)
        {
            rows.Add(Of(Figures.CoveragePer1000, reach.Municipality, "opened", reach.Opened));
            rows.Add(new Row(Figures.CoveragePer1000, reach.Municipality, "residents", reach.Residents, reach.Residents is null, false));
            rows.Add(new Row(Figures.CoveragePer1000, reach.Municipality, "per1000", (decimal?)reach.Per1000, reach.Per1000 is null, reach.Opened.Partial));
        }
        foreach (var (name, months) in new[] { ("trend.inflow", result.InflowByMonth), ("trend.stages", result.StagesByMonth), ("trend.ended", result.EndedByMonth) })
        {
            foreach (var month in months)
            {
                var label = month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                if (name == "trend.stages")
                {
                    Figure(name, month.Figure, label);
                }
                else
                {
                    rows.Add(Of(name, label, "total", month.Figure.Total));
                }
            }
        }
        return rows;
    }

    private static Row Of(string figure, string? category, string measure, PublishedValue value) =>
        new(figure, category, measure, value.Value, value.Suppressed, value.Partial);

    /// <summary>
    /// The download for Excel in Finland and Sweden: a byte-order mark, semicolons, headers in the reader's language, and beside
    /// each code its label (the figure's name, the category's name); numbers invariant; a suppressed value empty with
    /// "true" in the suppressed column.
    /// </summary>
    public static string Csv(IEnumerable<Row> rows, Labels labels)
    {
        var csv = new System.Text.StringBuilder("\uFEFF").Append(CsvLine(labels.Headers));
        foreach (var r in rows)
        {
            csv.Append(CsvLine(labels.Cells(r)));
        }
        return csv.ToString();
    }

    private static string CsvLine(IEnumerable<string> fields) => WorkAbility.Web.Features.Shared.CsvText.ExcelLine([.. fields]);

    /// <summary>One file-name pattern for every format: tilastot-2026-01-2026-12.csv, .xlsx.</summary>
    public static string FileName(StatisticsFilter filter, string extension) =>
        $"tilastot-{filter.FromMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}-{filter.ToMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The headers and each row's cells with labels, in the reader's language.</summary>
    public sealed class Labels(Microsoft.Extensions.Localization.IStringLocalizer<WorkAbility.Web.Resources.SharedResource> l, ShowStatistics.Result result)
    {
        public IReadOnlyList<string> Headers =>
        [
            l["Stats.Export.Figure"], l["Stats.Export.FigureName"], l["Stats.Export.Category"], l["Stats.Export.CategoryName"], l["Stats.Export.Measure"],
            l["Stats.Export.Value"], l["Stats.Export.Suppressed"], l["Stats.Export.Partial"],
        ];

        public IReadOnlyList<string> Cells(Row r) =>
            [r.Figure, FigureName(r.Figure), r.Category ?? "", CategoryName(r), r.Measure, r.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                r.Suppressed ? "true" : "false", r.Partial ? "true" : "false"];

        private string FigureName(string code)
        {
            foreach (var key in new[] { "Stats.Figure." + code, "Stats.Answer." + code, "Stats.Export." + code })
            {
                var text = l[key];
                if (!text.ResourceNotFound)
                {
                    return code == WorkAbility.Domain.Statistics.Answers.PlanWithinTarget ? string.Format(Languages.FormatCulture, text.Value, result.PlanTargetDays) : text.Value;
                }
            }
            return code;
        }

        private string CategoryName(Row r)
        {
            if (r.Category is not { } category)
            {
                return "";
            }
            if (r.Figure == Figures.CoveragePer1000)
            {
                return category;
            }
            if (r.Figure is Figures.CostPerCase or Figures.CostPerGoodOutcome)
            {
                return Enum.TryParse<WorkAbility.Domain.Cases.ServicePath>(category, out var path) ? l.Enum(path) : category;
            }
            if (r.Figure.StartsWith("referral.", StringComparison.Ordinal) && Guid.TryParse(category.Split('/')[0], out var provider) &&
                result.Providers.FirstOrDefault(p => p.Figures.ProviderId == provider) is { } named)
            {
                // A provider's figure: its name, and a decline's reason after it.
                var slashAt = category.IndexOf('/', StringComparison.Ordinal);
                return slashAt < 0 ? named.Name : named.Name + " / " + l["Enum.ReferralOutcomeCode." + category[(slashAt + 1)..]];
            }
            if (r.Figure.StartsWith("answer.", StringComparison.Ordinal))
            {
                return category switch { "now" => l["Stats.Answer.Now"], "previous" => l["Stats.Answer.Previous"], _ => category };
            }
            if (r.Figure == Figures.EffectChange && int.TryParse(category, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points))
            {
                // In a file a number keeps the invariant minus: "-2", "+1", "≥ +3".
                var signed = points > 0 ? "+" + category : category;
                return points == Figures.ChangeEnds ? "≥ " + signed : points == -Figures.ChangeEnds ? "≤ " + signed : signed;
            }
            if (result.Durations.Any(d => d.Code == r.Figure))
            {
                return l["Stats.Export.Days", category.Replace("-", "–", StringComparison.Ordinal).Replace("+", "–", StringComparison.Ordinal)];
            }
            // Month by month: "2026-01" or "2026-01/Team".
            var slash = category.IndexOf('/', StringComparison.Ordinal);
            if (r.Figure.StartsWith("trend.", StringComparison.Ordinal))
            {
                return slash < 0 ? category : category[..slash] + " " + StatisticsText.Category(Figures.StockStage, category[(slash + 1)..], l, result.Coordinators);
            }
            return StatisticsText.Category(r.Figure, category, l, result.Coordinators);
        }
    }

    private static string Field(string text) => WorkAbility.Web.Features.Shared.CsvText.Field(text);
}
