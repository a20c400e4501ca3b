using System.Globalization;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// The overview as flat rows (figure, category, measure, value), the one shape the JSON, CSV and XLSX
/// share. Values are as published: a suppressed value is null with <c>Suppressed</c> set.
/// </summary>
public static class StatisticsRows
{
    public sealed record Row(string Figure, string? Category, string Measure, int? Value, bool Suppressed, bool Partial);

    public static IReadOnlyList<Row> From(ShowStatistics.Result result)
    {
        var rows = new List<Row>();
        string Name(string figure, string category) =>
            figure == Figures.Caseload && Guid.TryParse(category, out var id) ? result.Coordinators.GetValueOrDefault(id, category) : category;
        void Figure(string code, PublishedFigure figure, string? prefix = null)
        {
            rows.Add(Of(code, prefix, "total", figure.Total));
            foreach (var cell in figure.Cells)
            {
                rows.Add(Of(code, prefix is null ? Name(code, cell.Category) : prefix + "/" + cell.Category, "count", cell.Count));
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
                rows.Add(Of(d.Code, "days " + cell.Category, "count", cell.Count));
            }
        }
        rows.Add(new Row(Figures.EffectChange, null, "medianPoints", result.MedianWorkAbilityChange, result.MedianWorkAbilityChange is null, false));
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

    /// <summary>RFC 4180 CSV with invariant numbers; suppressed values are empty with "true" in the suppressed column.</summary>
    public static string Csv(IEnumerable<Row> rows)
    {
        var csv = new System.Text.StringBuilder("figure,category,measure,value,suppressed,partial\r\n");
        foreach (var r in rows)
        {
            csv.Append(Field(r.Figure)).Append(',').Append(Field(r.Category ?? "")).Append(',').Append(r.Measure).Append(',')
                .Append(r.Value?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(r.Suppressed ? "true" : "false").Append(',').Append(r.Partial ? "true" : "false").Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Field(string text) => WorkAbility.Web.Features.Shared.CsvText.Field(text);
}
