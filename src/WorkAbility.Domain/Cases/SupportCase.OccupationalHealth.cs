using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>The occupational-health path of a case (F25, F26): responsibility, the end of employment, the handover to the county.</summary>
public sealed partial class SupportCase
{
    /// <summary>Occupational health takes overall responsibility for an employed client it serves (F26).</summary>
    public void TakeOccupationalHealthResponsibility(Guid occupationalHealthOrganisationId)
    {
        EnsureActive();
        if (Path is not ServicePath.EmployedWithOccupationalHealth)
        {
            throw new DomainRuleException("oh_path_required", "path");
        }
        OccupationalHealthOrganisationId = occupationalHealthOrganisationId;
    }

    /// <summary>Whether the professional's organisation is the occupational health unit responsible for the case.</summary>
    public bool IsOccupationalHealthOf(Guid organisationId) =>
        Path is ServicePath.EmployedWithOccupationalHealth && OccupationalHealthOrganisationId == organisationId;

    /// <summary>Occupational health records that the client's employment has ended (F26); a handover should follow.</summary>
    public void RecordEmploymentEnded(DateOnly? endedOn, Guid actorOrganisationId, Guid? actorId, DateTimeOffset now, DateOnly today)
    {
        EnsureActive();
        EnsureOccupationalHealth(actorOrganisationId);
        if (endedOn is not { } on)
        {
            throw new DomainValidationException([new FieldError("employmentEndedOn", TextRules.Required)]);
        }
        if (on > today.AddMonths(3))
        {
            throw new DomainValidationException([new FieldError("employmentEndedOn", "oh_end_date_range")]);
        }
        EmploymentEndedOn = on;
        Append(CaseEventKind.EmploymentEnded, now, actorId, Stage, Stage, new CaseEventDetail.EmploymentEndedOn(on).Stored);
    }

    /// <summary>
    /// Occupational health hands the client over to the county's work ability coordinator (F26):
    /// the case leaves the OH path, waits on the receiving organisation's coordinator desk at the
    /// coordinator's assessment, and the county organisation becomes responsible.
    /// </summary>
    public void HandOverFromOccupationalHealth(Guid toOrganisationId, bool employmentEnded, Guid actorOrganisationId, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        EnsureOccupationalHealth(actorOrganisationId);
        if (toOrganisationId == actorOrganisationId)
        {
            throw new DomainRuleException("oh_handover_to_county", "toOrganisationId");
        }
        Path = employmentEnded ? ServicePath.Unemployed : ServicePath.EmployedWithoutOccupationalHealth;
        HandedOverToOrganisationId = toOrganisationId;
        CoordinatorId = null;
        ChangeStage(CaseEventKind.HandedOverFromOccupationalHealth, CaseStage.CoordinatorAssessment, actorId, now, new CaseEventDetail.Path(Path).Stored);
    }

    /// <summary>The county's coordinator receives the handover and becomes the case's coordinator.</summary>
    public void ReceiveHandover(Guid coordinatorId, Guid coordinatorOrganisationId, DateTimeOffset now)
    {
        EnsureActive();
        if (HandedOverToOrganisationId != coordinatorOrganisationId)
        {
            throw new DomainRuleException("oh_handover_not_yours");
        }
        Append(CaseEventKind.HandoverReceived, now, coordinatorId, Stage, Stage, null);
        AssignCoordinator(coordinatorId, coordinatorId, now);
    }

    /// <summary>
    /// The employer changed its occupational health provider (F42): the unit responsible hands the case to the new one, which
    /// becomes responsible; the case stays on the OH path.
    /// </summary>
    public void ChangeOccupationalHealthProvider(Guid newOrganisationId, Guid actorOrganisationId, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        EnsureOccupationalHealth(actorOrganisationId);
        if (newOrganisationId == actorOrganisationId)
        {
            throw new DomainRuleException("oh_provider_same", "organisationId");
        }
        OccupationalHealthOrganisationId = newOrganisationId;
        Append(CaseEventKind.OhProviderChanged, now, actorId, Stage, Stage, null);
    }

    private void EnsureOccupationalHealth(Guid actorOrganisationId)
    {
        if (Path is not ServicePath.EmployedWithOccupationalHealth)
        {
            throw new DomainRuleException("oh_path_required", "path");
        }
        if (!IsOccupationalHealthOf(actorOrganisationId))
        {
            throw new DomainRuleException("oh_not_responsible");
        }
    }
}
