using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.FollowUp;

/// <summary>Where the person is some months after support ended (F39), in the categories labour-market follow-ups use.</summary>
public enum LifeSituation
{
    WorkingFullTime,
    WorkingPartTime,
    WorkingWithWageSubsidy,
    Studying,
    JobSeeker,
    InRehabilitation,
    OnSickLeave,
    OnPension,
    Other,
}

/// <summary>Who told the situation: the person on their own page, or a professional who met them.</summary>
public enum ToldBy
{
    Client,
    Professional,
}

/// <summary>
/// The person's situation 3, 6 or 12 months after support ended (F39): the answer to "did it help" that the end of
/// support cannot give. One answer per point; a later answer for the same point replaces the earlier one. Counted in the
/// statistics only as aggregates.
/// </summary>
public sealed class SituationAfterSupport
{
    /// <summary>The points after the end at which the person is asked, in months.</summary>
    public static readonly int[] MonthsAfterEnd = [3, 6, 12];

    /// <summary>How long after a point the question stays on the person's page.</summary>
    public static readonly TimeSpan AskFor = TimeSpan.FromDays(60);

    private SituationAfterSupport() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public int MonthsAfter { get; private set; }
    public LifeSituation Situation { get; private set; }
    public ToldBy ToldBy { get; private set; }
    public Guid? RecordedById { get; private set; }
    public DateTimeOffset ToldAt { get; private set; }

    /// <summary>Working or studying: the outcome the service model aims at (counted as "in work or study").</summary>
    public static bool InWorkOrStudy(LifeSituation situation) =>
        situation is LifeSituation.WorkingFullTime or LifeSituation.WorkingPartTime or LifeSituation.WorkingWithWageSubsidy or LifeSituation.Studying;

    /// <summary>
    /// The point asked now for support that ended at <paramref name="endedAt"/>: the latest that has come, within
    /// <see cref="AskFor"/> of it and not yet answered; null when none.
    /// </summary>
    public static int? Due(DateTimeOffset? endedAt, IReadOnlyCollection<int> answered, DateTimeOffset now)
    {
        if (endedAt is not { } ended)
        {
            return null;
        }
        var come = MonthsAfterEnd.Where(m => ended.AddMonths(m) <= now).ToList();
        if (come.Count == 0)
        {
            return null;
        }
        int latest = come[^1];
        return !answered.Contains(latest) && now - ended.AddMonths(latest) <= AskFor ? latest : null;
    }

    /// <summary>
    /// Records the situation at a point that has come. Refused for a point that is not 3, 6 or 12, before the point, for
    /// support that has not ended, and for a situation outside the list.
    /// </summary>
    /// <summary>The situation named exactly (one name, as the choices list it): no numbers, no combinations of names.</summary>
    public static LifeSituation? Named(string? name, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        if (Enum.GetNames<LifeSituation>().Contains(name.Trim(), StringComparer.Ordinal))
        {
            return Enum.Parse<LifeSituation>(name.Trim());
        }
        errors.Add(new FieldError("situation", "invalid_choice"));
        return null;
    }

    /// <summary>As <see cref="Tell(Guid, DateTimeOffset?, int?, LifeSituation?, ToldBy, Guid?, DateTimeOffset)"/> from the situation's name as a form or JSON gives it.</summary>
    public static SituationAfterSupport Tell(Guid supportCaseId, DateTimeOffset? endedAt, int? monthsAfter, string? situation,
        ToldBy toldBy, Guid? recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var named = Named(situation, errors);
        TextRules.ThrowIfAny(errors);
        return Tell(supportCaseId, endedAt, monthsAfter, named, toldBy, recordedById, now);
    }

    public static SituationAfterSupport Tell(Guid supportCaseId, DateTimeOffset? endedAt, int? monthsAfter, LifeSituation? situation,
        ToldBy toldBy, Guid? recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (endedAt is null)
        {
            throw new DomainRuleException("support_not_ended");
        }
        if (monthsAfter is not { } months || !MonthsAfterEnd.Contains(months))
        {
            errors.Add(new FieldError("monthsAfter", monthsAfter is null ? TextRules.Required : "invalid_choice"));
        }
        else if (endedAt.Value.AddMonths(months) > now)
        {
            errors.Add(new FieldError("monthsAfter", "situation_point_not_come"));
        }
        if (situation is not { } s || !Enum.IsDefined(s))
        {
            errors.Add(new FieldError("situation", situation is null ? TextRules.Required : "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        return new SituationAfterSupport
        {
            Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, MonthsAfter = monthsAfter!.Value, Situation = situation!.Value,
            ToldBy = toldBy, RecordedById = toldBy is ToldBy.Professional ? recordedById : null, ToldAt = now,
        };
    }

    /// <summary>The same point told again: the later answer stands.</summary>
    public void Replace(SituationAfterSupport later) =>
        (Situation, ToldBy, RecordedById, ToldAt) = (later.Situation, later.ToldBy, later.RecordedById, later.ToldAt);
}
