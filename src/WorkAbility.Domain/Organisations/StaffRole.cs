namespace WorkAbility.Domain.Organisations;

/// <summary>
/// What a staff member may do in the system. Whose data they may see is decided by relationships
/// (intake organisation, coordinator assignment, team membership), never by this role alone.
/// Team member and case manager are per-case roles and live on the case, not here.
/// </summary>
public enum StaffRole
{
    Professional,
    Coordinator,
    Manager,
    Administrator,

    /// <summary>A county-level decision-maker (päättäjä, johtoryhmä): the whole county's statistics, no client data.</summary>
    DecisionMaker,
}
