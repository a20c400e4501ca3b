using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Assessment;

/// <summary>"What is enough support?" (seed 000, F7): the outcome of a need assessment.</summary>
public enum LevelOfSupport
{
    SelfCareWithGuidance,
    LowThresholdService,
    CoordinatorConsultation,
    CoordinatorReferral,
    WorkAbilitySupportTeam,
    Typ,
    SpecialExpertiseTeam,
    OccupationalHealth,
}

/// <summary>Where each level of support takes the case on the service path.</summary>
public static class LevelOfSupportRules
{
    /// <summary>Stages in which a level of support can be decided; later stages return for re-assessment first.</summary>
    public static bool CanDecideIn(CaseStage stage) => stage <= CaseStage.CoordinatorAssessment;

    /// <summary>
    /// The stage the case moves to from <paramref name="from"/> (need or coordinator assessment).
    /// Self-care, low-threshold services, TYP and occupational health are services; a team is
    /// assembled by the coordinator, so from the need assessment it goes to the coordinator first;
    /// the special expertise team is consulted through the coordinator as well.
    /// </summary>
    public static CaseStage TargetStage(LevelOfSupport level, CaseStage from) => level switch
    {
        LevelOfSupport.SelfCareWithGuidance or LevelOfSupport.LowThresholdService or LevelOfSupport.Typ or LevelOfSupport.OccupationalHealth
            => CaseStage.Services,
        LevelOfSupport.WorkAbilitySupportTeam when from is CaseStage.CoordinatorAssessment => CaseStage.Team,
        _ => CaseStage.CoordinatorAssessment,
    };

    /// <summary>Occupational health is a level of support only for an employee who has it (F25).</summary>
    public static bool FitsPath(LevelOfSupport level, ServicePath path) =>
        level is not LevelOfSupport.OccupationalHealth || path is ServicePath.EmployedWithOccupationalHealth;
}
