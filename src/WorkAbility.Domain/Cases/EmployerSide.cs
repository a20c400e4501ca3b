using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>What the workplace did after the early support discussion (varhaisen tuen keskustelu), as coded measures (F42).</summary>
[Flags]
public enum WorkplaceMeasures
{
    None = 0,
    AdjustedDuties = 1,
    AdjustedHours = 2,
    Aids = 4,
    WorkTrialElsewhere = 8,
    Retraining = 16,
}

/// <summary>Whose resources were recorded as limiting the service on the occupational health path (seed 004's risk).</summary>
[Flags]
public enum ServiceLimits
{
    None = 0,
    EmployerResources = 1,
    OccupationalHealthResources = 2,
}

/// <summary>
/// The employer side of an employed client's case as data (F42, seed 004's occupational health path): the supervisor as the
/// contact person (the supervisor is responsible for raising declining work ability), the early support discussion's
/// day and the workplace measures it led to, a sick leave running since a day, and whether the employer's or occupational
/// health's resources limit the service. One per case, kept by the unit working on the path.
/// </summary>
public sealed class EmployerSide : IVersioned
{
    public const int NameMaxLength = 200;

    private EmployerSide() { }

    public Guid SupportCaseId { get; private set; }
    public string? SupervisorName { get; private set; }
    public string? SupervisorContact { get; private set; }
    public DateOnly? EarlySupportOn { get; private set; }
    public WorkplaceMeasures Measures { get; private set; }
    public DateOnly? SickLeaveSince { get; private set; }
    public ServiceLimits LimitedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid UpdatedById { get; private set; }
    public Guid Version { get; set; }

    public static EmployerSide For(Guid supportCaseId) => new() { SupportCaseId = supportCaseId };

    public sealed record Details(string? SupervisorName, string? SupervisorContact, DateOnly? EarlySupportOn, WorkplaceMeasures Measures,
        DateOnly? SickLeaveSince, ServiceLimits LimitedBy);

    /// <summary>Days are not in the future, nor older than five years; measures and limits only the defined ones.</summary>
    public void Update(Details d, Guid byId, DateTimeOffset now)
    {
        var today = FinnishCalendar.DateOf(now);
        var errors = new List<FieldError>();
        var name = TextRules.OptionalText(d.SupervisorName, "supervisorName", NameMaxLength, errors);
        var contact = TextRules.OptionalText(d.SupervisorContact, "supervisorContact", NameMaxLength, errors);
        foreach (var (field, day) in new[] { ("earlySupportOn", d.EarlySupportOn), ("sickLeaveSince", d.SickLeaveSince) })
        {
            if (day is { } on && (on > today || on < today.AddYears(-5)))
            {
                errors.Add(new FieldError(field, "oh_date_range"));
            }
        }
        if ((d.Measures & ~AllMeasures) != 0)
        {
            errors.Add(new FieldError("measures", "invalid_choice"));
        }
        if ((d.LimitedBy & ~(ServiceLimits.EmployerResources | ServiceLimits.OccupationalHealthResources)) != 0)
        {
            errors.Add(new FieldError("limitedBy", "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        (SupervisorName, SupervisorContact, EarlySupportOn, Measures, SickLeaveSince, LimitedBy) = (name, contact, d.EarlySupportOn, d.Measures, d.SickLeaveSince, d.LimitedBy);
        (UpdatedAt, UpdatedById) = (now, byId);
    }

    public static WorkplaceMeasures AllMeasures { get; } = WorkplaceMeasures.AdjustedDuties | WorkplaceMeasures.AdjustedHours | WorkplaceMeasures.Aids |
        WorkplaceMeasures.WorkTrialElsewhere | WorkplaceMeasures.Retraining;

    public static IEnumerable<WorkplaceMeasures> Each(WorkplaceMeasures measures) =>
        Enum.GetValues<WorkplaceMeasures>().Where(m => m != WorkplaceMeasures.None && measures.HasFlag(m));
}

/// <summary>
/// The occupational health path's risks of seed 004 that the data can reveal (F42). A sick leave threatens to drag on: at the
/// latest after 30 days a work ability negotiation (työterveysneuvottelu) is held; the workplace's options are used; the
/// employer's or occupational health's resources do not limit the service.
/// </summary>
public static class OhPathRisks
{
    public const int SickLeaveNegotiationDays = 30;

    /// <summary>On sick leave for more than 30 days, and no negotiation held since it began.</summary>
    public static bool SickLeaveWithoutNegotiation(DateOnly? sickLeaveSince, DateOnly? lastNegotiationOn, DateOnly today) =>
        sickLeaveSince is { } since && today.DayNumber - since.DayNumber > SickLeaveNegotiationDays && !(lastNegotiationOn >= since);

    /// <summary>An early support discussion was held, the client is on sick leave, and the workplace took no measure.</summary>
    public static bool WorkplaceOptionsUnused(DateOnly? earlySupportOn, WorkplaceMeasures measures, DateOnly? sickLeaveSince) =>
        earlySupportOn is not null && sickLeaveSince is not null && measures == WorkplaceMeasures.None;

    public static bool ResourcesLimit(ServiceLimits limitedBy) => limitedBy != ServiceLimits.None;
}
