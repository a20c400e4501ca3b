using System.Linq.Expressions;

namespace WorkAbility.Domain.Cases;

/// <summary>
/// What belongs on a work ability coordinator's desk (F9): active cases they coordinate, and cases
/// of their own organisation that have reached the coordinator's assessment without a coordinator.
/// Written as an expression so the database can apply it, and compiled for the rule's own tests.
/// </summary>
public static class CoordinatorDeskRules
{
    public static Expression<Func<SupportCase, bool>> OnDesk(Guid coordinatorId, Guid organisationId) =>
        c => c.Stage != CaseStage.Ended &&
             (c.CoordinatorId == coordinatorId ||
              (c.Stage == CaseStage.CoordinatorAssessment && c.CoordinatorId == null &&
               (c.OpenedAtOrganisationId == organisationId || c.HandedOverToOrganisationId == organisationId)));
}
