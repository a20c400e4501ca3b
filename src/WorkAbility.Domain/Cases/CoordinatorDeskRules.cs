using System.Linq.Expressions;

namespace WorkAbility.Domain.Cases;

/// <summary>
/// What belongs on a work ability coordinator's desk (F9): active cases they coordinate, and cases
/// of their own organisation that have reached the coordinator's assessment without a coordinator.
/// Written as expressions so the database can apply them (each list is paged on its own), and
/// compiled for the rule's own tests.
/// </summary>
public static class CoordinatorDeskRules
{
    /// <summary>Waiting for a coordinator at the organisation (opened there or handed over to it).</summary>
    public static Expression<Func<SupportCase, bool>> Waiting(Guid organisationId) =>
        c => c.Stage == CaseStage.CoordinatorAssessment && c.CoordinatorId == null &&
             (c.OpenedAtOrganisationId == organisationId || c.HandedOverToOrganisationId == organisationId);

    /// <summary>The coordinator's own active caseload.</summary>
    public static Expression<Func<SupportCase, bool>> Coordinated(Guid coordinatorId) =>
        c => c.CoordinatorId == coordinatorId && c.Stage != CaseStage.Ended;
}
