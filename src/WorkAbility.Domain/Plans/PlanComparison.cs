namespace WorkAbility.Domain.Plans;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two plan versions: which part, how, and the text before and after.</summary>
public sealed record PlanChange(string Part, ChangeKind Kind, string? Before, string? After);

/// <summary>
/// Compares two versions of a plan part by part. Goals and actions are matched by their ids, so a
/// reworded goal is "changed", not "removed and added".
/// </summary>
public static class PlanComparison
{
    public static IReadOnlyList<PlanChange> Compare(PlanContent before, PlanContent after)
    {
        var changes = new List<PlanChange>();
        void Scalar(string part, object? a, object? b)
        {
            var (x, y) = (Text(a), Text(b));
            if (x != y)
            {
                changes.Add(new PlanChange(part, x is null ? ChangeKind.Added : y is null ? ChangeKind.Removed : ChangeKind.Changed, x, y));
            }
        }
        Scalar("clientGoal", before.ClientGoal, after.ClientGoal);
        Items("goals", before.Goals, after.Goals, g => g.Id, g => g.Text, changes);
        Items("actions", before.Actions, after.Actions, a => a.Id, Describe, changes);
        Scalar("responsibilities", before.Responsibilities, after.Responsibilities);
        Scalar("followUpEveryWeeks", before.FollowUpEveryWeeks, after.FollowUpEveryWeeks);
        Scalar("firstFollowUpOn", before.FirstFollowUpOn, after.FirstFollowUpOn);
        Scalar("evaluation", before.Evaluation, after.Evaluation);
        Scalar("nextMeetingAt", before.NextMeetingAt, after.NextMeetingAt);
        Scalar("estimatedSupportMonths", before.EstimatedSupportMonths, after.EstimatedSupportMonths);
        Items("otherPlans", before.OtherPlans, after.OtherPlans, p => p.Kind + "|" + p.Reference,
            p => $"{p.Reference} · {p.Owner}{(p.ReconciliationNote is null ? "" : " · " + p.ReconciliationNote)}", changes);
        return changes;
    }

    private static string Describe(PlanAction a) =>
        string.Join(" · ", new[] { a.Title, a.Party.ToString(), a.StartOn?.ToString("O"), a.DueOn?.ToString("O"), a.Status.ToString(), a.Note }
            .Where(s => !string.IsNullOrEmpty(s)));

    private static void Items<T, TKey>(string part, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, TKey> key, Func<T, string> text,
        List<PlanChange> changes) where TKey : notnull
    {
        var old = before.ToDictionary(key);
        var current = after.ToDictionary(key);
        foreach (var item in after)
        {
            if (!old.TryGetValue(key(item), out var was))
            {
                changes.Add(new PlanChange(part, ChangeKind.Added, null, text(item)));
            }
            else if (!Equals(was, item))
            {
                changes.Add(new PlanChange(part, ChangeKind.Changed, text(was), text(item)));
            }
        }
        changes.AddRange(before.Where(b => !current.ContainsKey(key(b))).Select(b => new PlanChange(part, ChangeKind.Removed, text(b), null)));
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
