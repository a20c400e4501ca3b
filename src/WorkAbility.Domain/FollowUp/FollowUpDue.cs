namespace WorkAbility.Domain.FollowUp;

/// <summary>
/// One follow-up the plan's schedule makes due (F20). A contact meets it; the reminder job marks
/// it reminded once, so each due date reminds the case manager exactly once.
/// </summary>
public sealed class FollowUpDue
{
    private FollowUpDue() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? MetOn { get; private set; }
    public DateTimeOffset? RemindedAt { get; private set; }

    public bool IsOpen => MetOn is null;

    public static FollowUpDue On(Guid supportCaseId, DateOnly dueOn) =>
        new() { Id = Guid.NewGuid(), SupportCaseId = supportCaseId, DueOn = dueOn };

    public void Meet(DateOnly on) => MetOn ??= on;

    /// <summary>Marks the reminder sent; false when it already was (the caller then sends nothing).</summary>
    public bool MarkReminded(DateTimeOffset now)
    {
        if (RemindedAt is not null)
        {
            return false;
        }
        RemindedAt = now;
        return true;
    }
}

/// <summary>
/// Turns the plan's follow-up rhythm into due dates and decides which dues a contact meets.
/// Dues already passed stay (an overdue follow-up is not erased by re-planning); future open dues
/// are replaced by the new rhythm.
/// </summary>
public static class FollowUpSchedule
{
    /// <summary>A contact this many days before a due date counts for it.</summary>
    public const int EarlyContactDays = 7;
    public const int MaxDues = 26;

    public sealed record Change(IReadOnlyList<FollowUpDue> Remove, IReadOnlyList<DateOnly> Add);

    public static IReadOnlyList<DateOnly> Dates(DateOnly first, int everyWeeks, DateOnly from, DateOnly until)
    {
        var dates = new List<DateOnly>();
        if (everyWeeks < 1)
        {
            return dates;
        }
        for (var d = first; d <= until && dates.Count < MaxDues; d = d.AddDays(7 * everyWeeks))
        {
            if (d >= from)
            {
                dates.Add(d);
            }
        }
        return dates;
    }

    /// <summary>
    /// The change to the stored dues when the plan's rhythm is saved: open dues from today on are
    /// replaced by the new dates (up to the estimated length of support, or a year).
    /// </summary>
    public static Change Replan(IReadOnlyList<FollowUpDue> existing, int? everyWeeks, DateOnly? firstOn, int? estimatedMonths, DateOnly today)
    {
        var replaceable = existing.Where(d => d.IsOpen && d.RemindedAt is null && d.DueOn >= today).ToList();
        if (everyWeeks is not { } weeks)
        {
            return new Change(replaceable, []);
        }
        // Without a first date, the first follow-up is one interval from today.
        var first = firstOn ?? today.AddDays(7 * weeks);
        var until = (first > today ? first : today).AddMonths(estimatedMonths ?? 12);
        var dates = Dates(first, weeks, today, until);
        // A due that falls on a new date stays as it is; the rest of the future open ones go.
        var remove = replaceable.Where(d => !dates.Contains(d.DueOn)).ToList();
        var existingDates = existing.Select(d => d.DueOn).ToHashSet();
        return new Change(remove, dates.Where(d => !existingDates.Contains(d)).ToList());
    }

    /// <summary>The open dues a contact on <paramref name="contactOn"/> meets: every one due by then, or within a week after.</summary>
    public static IReadOnlyList<FollowUpDue> MetBy(IEnumerable<FollowUpDue> dues, DateOnly contactOn) =>
        dues.Where(d => d.IsOpen && d.DueOn <= contactOn.AddDays(EarlyContactDays)).ToList();
}
