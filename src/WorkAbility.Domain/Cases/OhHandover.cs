using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>Why occupational health hands the client over to the county (F26).</summary>
public enum OhHandoverReason
{
    EmploymentEnded,
    CannotReturnToWork,

    /// <summary>The employer changed its occupational health provider: the old unit hands the case to the new one (F42).</summary>
    OhProviderChanged,
}

/// <summary>
/// Occupational health's handover of a client to the county's work ability coordinator (F26, seed
/// 004: "työterveyshuolto siirtää asiakkaan … työkykykoordinaattorille"), with the work ability
/// summary the coordinator needs: what OH knows of the work ability and the sick-leave history.
/// The assessments and the plan stay on the case and are shown beside it.
/// </summary>
public sealed class OhHandover
{
    public const int TextMaxLength = 4000;

    private OhHandover() => WorkAbilitySummary = string.Empty;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid FromOrganisationId { get; private set; }
    public Guid ToOrganisationId { get; private set; }
    public OhHandoverReason Reason { get; private set; }
    public string WorkAbilitySummary { get; private set; }
    public string? SickLeaveHistory { get; private set; }
    public Guid HandedOverById { get; private set; }
    public DateTimeOffset HandedOverAt { get; private set; }
    public Guid? ReceivedById { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }

    public static OhHandover Create(Guid supportCaseId, Guid fromOrganisationId, Guid? toOrganisationId, OhHandoverReason? reason,
        string? workAbilitySummary, string? sickLeaveHistory, Guid byId, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (toOrganisationId is null)
        {
            errors.Add(new FieldError("toOrganisationId", TextRules.Required));
        }
        if (reason is not { } r || !Enum.IsDefined(r))
        {
            errors.Add(new FieldError("reason", reason is null ? TextRules.Required : "invalid_choice"));
        }
        var summary = TextRules.RequiredText(workAbilitySummary, "workAbilitySummary", TextMaxLength, errors);
        var sickLeave = TextRules.OptionalText(sickLeaveHistory, "sickLeaveHistory", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new OhHandover
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            FromOrganisationId = fromOrganisationId,
            ToOrganisationId = toOrganisationId!.Value,
            Reason = reason!.Value,
            WorkAbilitySummary = summary,
            SickLeaveHistory = sickLeave,
            HandedOverById = byId,
            HandedOverAt = now,
        };
    }

    public void Receive(Guid coordinatorId, DateTimeOffset now)
    {
        ReceivedById ??= coordinatorId;
        ReceivedAt ??= now;
    }
}
