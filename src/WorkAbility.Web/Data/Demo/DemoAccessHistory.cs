using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The access-log entries the demo county's recorded work implies: whoever recorded a concern,
/// took a case on, formed a team, saved a plan, moved a referral or met the client opened the
/// client's data to do it. So a demo client's "who has seen my data" shows their professionals,
/// and the log's chain has real length to verify. Written in time order (the sealer chains by id).
/// </summary>
internal static class DemoAccessHistory
{
    public static IReadOnlyList<AccessLogEntry> For(IEnumerable<SupportCase> cases, IReadOnlyDictionary<Guid, Professional> people) =>
        cases.SelectMany(c => c.Events
                .Where(e => e.ActorId is { } id && people.ContainsKey(id))
                .Select(e => Entry(c, e, people[e.ActorId!.Value])))
            .OfType<AccessLogEntry>()
            .OrderBy(e => e.OccurredAt)
            .ToList();

    private static AccessLogEntry? Entry(SupportCase supportCase, CaseEvent e, Professional who)
    {
        var (resource, action) = e.Kind switch
        {
            CaseEventKind.Opened => ("case", AccessAction.Create),
            CaseEventKind.ConcernRecorded => ("concern", AccessAction.Create),
            CaseEventKind.CoordinatorAssigned => ("case.coordinator", AccessAction.Update),
            CaseEventKind.LevelOfSupportDecided => ("need-assessment", AccessAction.Create),
            CaseEventKind.ConsentRecorded => ("consent", AccessAction.Create),
            CaseEventKind.TeamFormed => ("team.form", AccessAction.Update),
            CaseEventKind.MeetingMinutesRecorded => ("meeting.minutes", AccessAction.Update),
            CaseEventKind.PlanSaved => ("plan.save", AccessAction.Update),
            CaseEventKind.ReferralSent => ("referral.send", AccessAction.Create),
            CaseEventKind.ReferralStatusChanged => ("referral.move", AccessAction.Update),
            CaseEventKind.FollowUpContactRecorded => ("follow-up.contact", AccessAction.Create),
            CaseEventKind.FollowUpReviewed => ("follow-up.review", AccessAction.Create),
            CaseEventKind.HandoverProposed or CaseEventKind.HandoverAccepted => ("team.handover.answer", AccessAction.Update),
            CaseEventKind.HandedOverFromOccupationalHealth or CaseEventKind.HandoverReceived => ("oh.handover", AccessAction.Update),
            CaseEventKind.Ended => ("case.end", AccessAction.Update),
            CaseEventKind.Reopened => ("case.reopen", AccessAction.Update),
            CaseEventKind.Advanced or CaseEventKind.ReturnedForReassessment => ("client.overview", AccessAction.Read),
            _ => ((string?)null, AccessAction.Read),
        };
        if (resource is null)
        {
            return null;
        }
        var basis = who.OrganisationId == supportCase.OpenedAtOrganisationId ? AccessBasis.IntakeOrganisation
            : who.Id == supportCase.CoordinatorId ? AccessBasis.AssignedCoordinator
            : e.Kind is CaseEventKind.ReferralStatusChanged ? AccessBasis.ServingOrganisation
            : AccessBasis.TeamMember;
        return AccessLogEntry.Record(e.OccurredAt, who.Id.ToString(), who.OrganisationId, who.Role.ToString(), supportCase.ClientId,
            action, resource, basis.ToString(), true);
    }
}
