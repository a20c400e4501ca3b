namespace WorkAbility.Domain.Assessment;

/// <summary>The fixed points at which the client's own measure of work ability is asked (F39).</summary>
public enum MeasurePoint
{
    Start,
    ThreeMonths,
    SixMonths,
    TwelveMonths,
    End,
}

/// <summary>
/// When the client's own measure — the work ability score (0–10) and the functioning domains of the self-assessment, or a
/// Kykyviisari result — is asked: at the start (the need assessment), at 3, 6 and 12 months of support and at its end, so the
/// change can be shown over time. A measure taken up to <see cref="Early"/> before a point counts for it, and only the latest
/// point that has come is asked (nobody is asked for the three-month measure in the seventh month).
/// </summary>
public static class MeasurePoints
{
    /// <summary>A measure this long before a point counts for it (the last follow-up before the end, the assessment before the case opened).</summary>
    public static readonly TimeSpan Early = TimeSpan.FromDays(30);

    /// <summary>How long after the end of support the closing measure is still asked.</summary>
    public static readonly TimeSpan AskAfterEnd = TimeSpan.FromDays(60);

    /// <summary>An active case whose client has had no measure for this many months is a risk (the change cannot be shown).</summary>
    public const int UnmeasuredMonths = 4;

    private static readonly (MeasurePoint Point, int Months)[] DuringSupport =
        [(MeasurePoint.Start, 0), (MeasurePoint.ThreeMonths, 3), (MeasurePoint.SixMonths, 6), (MeasurePoint.TwelveMonths, 12)];

    /// <summary>When <paramref name="point"/> comes for a case opened at <paramref name="openedAt"/>; the end only once support has ended.</summary>
    public static DateTimeOffset? When(MeasurePoint point, DateTimeOffset openedAt, DateTimeOffset? endedAt) =>
        point is MeasurePoint.End ? endedAt : openedAt.AddMonths(DuringSupport.Single(p => p.Point == point).Months);

    /// <summary>The point the client is asked for now, or null when nothing is due.</summary>
    public static MeasurePoint? Due(DateTimeOffset openedAt, DateTimeOffset? endedAt, IEnumerable<DateTimeOffset> measuredAt, DateTimeOffset now)
    {
        var last = measuredAt.Where(m => m <= now).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (endedAt is { } ended)
        {
            return now - ended <= AskAfterEnd && last < ended - Early ? MeasurePoint.End : null;
        }
        var (point, months) = DuringSupport.Last(p => openedAt.AddMonths(p.Months) <= now);
        return last < openedAt.AddMonths(months) - Early ? point : null;
    }

    /// <summary>Which point a measure taken at <paramref name="measuredAt"/> stands for (the nearest that has come, the end within its window).</summary>
    public static MeasurePoint PointOf(DateTimeOffset measuredAt, DateTimeOffset openedAt, DateTimeOffset? endedAt)
    {
        if (endedAt is { } ended && measuredAt >= ended - Early)
        {
            return MeasurePoint.End;
        }
        return DuringSupport.Last(p => openedAt.AddMonths(p.Months) - Early <= measuredAt || p.Months == 0).Point;
    }

    /// <summary>Whether an active case has gone <see cref="UnmeasuredMonths"/> without any measure (since its opening when none yet).</summary>
    public static bool Unmeasured(DateTimeOffset openedAt, DateTimeOffset? lastMeasuredAt, DateTimeOffset now) =>
        (lastMeasuredAt is { } last && last > openedAt ? last : openedAt).AddMonths(UnmeasuredMonths) < now;
}
