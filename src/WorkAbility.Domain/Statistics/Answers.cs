namespace WorkAbility.Domain.Statistics;

/// <summary>
/// A share published from protected figures: <see cref="Part"/> and <see cref="Whole"/> are sums of shown cells only (each 0
/// or at least five). <see cref="Withheld"/> is what small-group protection kept out of the slices counted (the figure's own
/// published "withheld"; four when that is itself under five) — it may belong to the part or not, so the share is then an
/// interval, <see cref="Low"/>–<see cref="High"/>, every end of it worked out from published figures. <see cref="Partial"/>:
/// slices too small to show at all were left out.
/// </summary>
public sealed record PublishedShare(int? Part, int? Whole, int Withheld = 0, bool Partial = false)
{
    /// <summary>The share in per cent (one decimal) when nothing was withheld from it; null otherwise or when there is nothing to show.</summary>
    public double? Percent => Withheld == 0 ? Low : null;

    /// <summary>The least the share can be: every withheld thing outside the part.</summary>
    public double? Low => Part is { } part && Whole is { } whole && whole + Withheld > 0 ? Math.Round(100.0 * part / (whole + Withheld), 1) : null;

    /// <summary>The most the share can be: every withheld thing in the part.</summary>
    public double? High => Part is { } part && Whole is { } whole && whole + Withheld > 0 ? Math.Round(100.0 * (part + Withheld) / (whole + Withheld), 1) : null;

    public static PublishedShare None { get; } = new(null, null);
}

/// <summary>One headline answer for a period and the period before it; a reference when research gives one.</summary>
public sealed record Answer(string Code, PublishedShare Now, PublishedShare Previous, double? ReferencePercent = null, string? ReferenceSource = null);

/// <summary>
/// The answers the decision-makers' view leads with (F39): does support reach people in time, does work ability improve,
/// are people working or studying after support, is the plan clear to the client. Each is a share of published figures,
/// for the period asked and the period of the same length before it.
/// </summary>
public static class Answers
{
    public const string PlanWithinTarget = "answer.planWithinTarget";
    public const string WorkAbilityImproved = "answer.workAbilityImproved";
    public const string WorkingOrStudying6 = "answer.workingOrStudying6";
    public const string WorkingOrStudying3 = "answer.workingOrStudying3";
    public const string PlanClear = "answer.planClear";

    /// <summary>
    /// In work or study after active labour-market services in the open labour market: 22 % three months and 25 % six months
    /// after (TEM-analyyseja 88/2018). The service model's clients are further from work; the reference is a yardstick, not a target.
    /// </summary>
    public const double ReferenceThreeMonths = 22, ReferenceSixMonths = 25;

    public const string ReferenceSource = "TEM-analyyseja 88/2018";

    private static readonly string[] InWorkOrStudy = ["WorkingFullTime", "WorkingPartTime", "WorkingWithWageSubsidy", "Studying"];

    /// <summary>The same filter for the period of the same length just before it.</summary>
    public static StatisticsFilter PreviousPeriod(StatisticsFilter filter)
    {
        int months = (filter.ToMonth.Year - filter.FromMonth.Year) * 12 + filter.ToMonth.Month - filter.FromMonth.Month + 1;
        return filter with { FromMonth = filter.FromMonth.AddMonths(-months), ToMonth = filter.FromMonth.AddMonths(-1) };
    }

    public static IReadOnlyList<Answer> For(CountyTables counts, StatisticsFilter filter, int planTargetDays)
    {
        var previous = PreviousPeriod(filter);
        // Figures kept by year can be compared only with years of their own: a short period's previous one often lies in the same year.
        bool yearsApart = previous.InYears().ToMonth < filter.InYears().FromMonth;
        Answer Make(string code, Func<StatisticsFilter, PublishedShare> share, double? reference = null, bool yearly = false) =>
            new(code, share(filter), yearly && !yearsApart ? PublishedShare.None : share(previous), reference, reference is null ? null : ReferenceSource);
        return
        [
            Make(PlanWithinTarget, f => Publication.ShareWithin(Figures.ByCode(Figures.LeadOpenedToPlan), counts, f.InQuarters(), planTargetDays)),
            Make(WorkAbilityImproved, f => Share(Figures.EffectImproved, counts, f, ["Improved"], ["Improved", "Unchanged", "Worsened"]), yearly: true),
            Make(WorkingOrStudying6, f => Share(Figures.StatusAfterEnd(6), counts, f, InWorkOrStudy, null), ReferenceSixMonths, yearly: true),
            Make(WorkingOrStudying3, f => Share(Figures.StatusAfterEnd(3), counts, f, InWorkOrStudy, null), ReferenceThreeMonths, yearly: true),
            Make(PlanClear, f => Share(Figures.FeedbackPlanClear, counts, f, ["4", "5"], null)),
        ];
    }

    /// <summary>
    /// The shown cells of <paramref name="part"/> over the shown cells of <paramref name="whole"/> (every category when null),
    /// with what protection withheld, over the quarters (the effect figures: the years) the filter touches.
    /// </summary>
    public static PublishedShare Share(string figureCode, CountyTables counts, StatisticsFilter filter, IReadOnlyCollection<string> part,
        IReadOnlyCollection<string>? whole)
    {
        var kept = Figures.ByCode(figureCode);
        var figure = Publication.Breakdown(kept, counts, kept.Yearly ? filter.InYears() : filter.InQuarters());
        var cells = figure.Cells.Where(c => whole is null || whole.Contains(c.Category)).ToList();
        int wholeSum = cells.Sum(c => c.Count.Value ?? 0);
        int partSum = cells.Where(c => part.Contains(c.Category)).Sum(c => c.Count.Value ?? 0);
        // What protection kept out of the counted slices, as published: a withheld amount under five is published as hidden, so
        // the interval takes the most it can be.
        int withheld = figure.Withheld.Value ?? (figure.Withheld.Suppressed ? SmallGroups.Threshold - 1 : 0);
        bool partial = figure.Total.Partial;
        return SmallGroups.Reveal(wholeSum + withheld) is null or 0 ? new PublishedShare(null, null, 0, partial) : new PublishedShare(partSum, wholeSum, withheld, partial);
    }
}
