namespace WorkAbility.Domain.Notifications;

/// <summary>
/// The service model's rules of who is told of what happened on a case, in one place. Nobody is
/// told of their own action; notices name the case, never the client.
/// </summary>
public static class WhoIsTold
{
    /// <summary>F10: every member the coordinator put in the team, except the coordinator.</summary>
    public static Notice TeamFormed(Guid caseId, IEnumerable<Guid> members, Guid by, DateTimeOffset now) =>
        new(caseId, NotificationKind.AddedToTeam, now, new NoticeAudience.People(members.Distinct().ToList()), by);

    /// <summary>F10: the professional added to the team.</summary>
    public static Notice MemberAdded(Guid caseId, Guid member, Guid by, DateTimeOffset now) =>
        new(caseId, NotificationKind.AddedToTeam, now, new NoticeAudience.People([member]), by);

    /// <summary>
    /// F12: every participant invited, except the convenor; nobody for a meeting recorded after it was
    /// held – there is nothing left to be invited to.
    /// </summary>
    public static Notice? MeetingConvened(Guid caseId, IEnumerable<Guid> participants, Guid by, DateTimeOffset now, bool alreadyHeld = false) =>
        alreadyHeld ? null : new(caseId, NotificationKind.MeetingInvitation, now, new NoticeAudience.People(participants.Distinct().ToList()), by);

    /// <summary>F22: the proposed successor.</summary>
    public static Notice HandoverProposed(Guid caseId, Guid successor, DateTimeOffset now) =>
        new(caseId, NotificationKind.HandoverProposed, now, new NoticeAudience.People([successor]));

    /// <summary>F22: the case manager released and whoever proposed the handover.</summary>
    public static Notice HandoverAccepted(Guid caseId, Guid previousCaseManager, Guid? proposer, DateTimeOffset now) =>
        new(caseId, NotificationKind.HandoverAccepted, now, new NoticeAudience.People(new[] { previousCaseManager, proposer ?? previousCaseManager }.Distinct().ToList()));

    /// <summary>F22: whoever proposed the handover (nobody when it is not known).</summary>
    public static Notice? HandoverRefused(Guid caseId, Guid? proposer, DateTimeOffset now) =>
        proposer is { } p ? new(caseId, NotificationKind.HandoverRefused, now, new NoticeAudience.People([p])) : null;

    /// <summary>F22: the proposer, the proposed successor and the case manager of a proposal nobody answered in time.</summary>
    public static Notice HandoverLapsed(Guid caseId, IEnumerable<Guid> concerned, DateTimeOffset now) =>
        new(caseId, NotificationKind.HandoverLapsed, now, new NoticeAudience.People(concerned.Distinct().ToList()));

    /// <summary>F18: the provider's professionals and coordinators, who receive the referral.</summary>
    public static Notice ReferralSent(Guid caseId, Guid referralId, Guid provider, DateTimeOffset now) =>
        new(caseId, NotificationKind.ReferralReceived, now, new NoticeAudience.StaffOf(provider, CoordinatorsOnly: false)) { SubjectId = referralId };

    /// <summary>F18: the sender and the case manager, unless they moved it themselves.</summary>
    public static Notice ReferralMoved(Guid caseId, Guid referralId, Guid sentBy, Guid? caseManager, Guid by, DateTimeOffset now) =>
        new(caseId, NotificationKind.ReferralStatusChanged, now, new NoticeAudience.People(new[] { sentBy, caseManager ?? sentBy }.Distinct().ToList()), by)
            { SubjectId = referralId };

    /// <summary>F41: a referral past its respond-by day unanswered – the provider's staff, who are to answer it.</summary>
    public static Notice ReferralAnswerLate(Guid caseId, Guid referralId, Guid provider, DateTimeOffset now) =>
        new(caseId, NotificationKind.ReferralAnswerLate, now, new NoticeAudience.StaffOf(provider, CoordinatorsOnly: false)) { SubjectId = referralId };

    /// <summary>F41: …and the sending team – the sender and the case manager – who wait for it.</summary>
    public static Notice ReferralUnanswered(Guid caseId, Guid referralId, Guid sentBy, Guid? caseManager, DateTimeOffset now) =>
        new(caseId, NotificationKind.ReferralUnanswered, now, new NoticeAudience.People(new[] { sentBy, caseManager ?? sentBy }.Distinct().ToList())) { SubjectId = referralId };

    /// <summary>F41: a referral unanswered for 14 working days – the case's coordinator (nobody when the case has none).</summary>
    public static Notice? ReferralOverdue(Guid caseId, Guid referralId, Guid? coordinator, DateTimeOffset now) =>
        coordinator is { } c ? new(caseId, NotificationKind.ReferralOverdue, now, new NoticeAudience.People([c])) { SubjectId = referralId } : null;

    /// <summary>F41, seed 001: the staff of an organisation that goes on serving the client when support ends.</summary>
    public static Notice ContinuityNote(Guid caseId, Guid handoffId, Guid organisation, DateTimeOffset now) =>
        new(caseId, NotificationKind.ContinuityNote, now, new NoticeAudience.StaffOf(organisation, CoordinatorsOnly: false)) { SubjectId = handoffId };

    /// <summary>F41: the case's last case manager (else its coordinator), when an organisation has not acknowledged the continuity plan.</summary>
    public static Notice? ContinuityUnacknowledged(Guid caseId, Guid handoffId, Guid? lastCaseManager, DateTimeOffset now) =>
        lastCaseManager is { } m ? new(caseId, NotificationKind.ContinuityUnacknowledged, now, new NoticeAudience.People([m])) { SubjectId = handoffId } : null;

    /// <summary>F42: the staff of the occupational health unit asked.</summary>
    public static Notice OhQuestionAsked(Guid caseId, Guid questionId, Guid occupationalHealth, DateTimeOffset now) =>
        new(caseId, NotificationKind.OhQuestionAsked, now, new NoticeAudience.StaffOf(occupationalHealth, CoordinatorsOnly: false)) { SubjectId = questionId };

    /// <summary>F42: whoever asked.</summary>
    public static Notice OhQuestionAnswered(Guid caseId, Guid questionId, Guid askedBy, DateTimeOffset now) =>
        new(caseId, NotificationKind.OhQuestionAnswered, now, new NoticeAudience.People([askedBy])) { SubjectId = questionId };

    /// <summary>F42: the staff of one of the two units, the old or the new; not the one who made the change.</summary>
    public static Notice OhProviderChanged(Guid caseId, Guid unit, Guid by, DateTimeOffset now) =>
        new(caseId, NotificationKind.OhProviderChanged, now, new NoticeAudience.StaffOf(unit, CoordinatorsOnly: false), by);

    /// <summary>F26: the receiving county organisation's coordinators.</summary>
    public static Notice OhHandedOver(Guid caseId, Guid county, DateTimeOffset now) =>
        new(caseId, NotificationKind.OhHandoverReceived, now, new NoticeAudience.StaffOf(county, CoordinatorsOnly: true));

    /// <summary>F11: the team members of the organisations a consent no longer covers (nobody when none).</summary>
    public static Notice? ConsentNarrowed(Guid caseId, IReadOnlyCollection<Guid> organisationsTakenOut, DateTimeOffset now) =>
        organisationsTakenOut.Count == 0 ? null : new(caseId, NotificationKind.ConsentNarrowed, now, new NoticeAudience.TeamMembersFrom(organisationsTakenOut));

    /// <summary>F11: the team members of the organisations the withdrawn consent named.</summary>
    public static Notice? ConsentWithdrawn(Guid caseId, IReadOnlyCollection<Guid> organisations, DateTimeOffset now) =>
        organisations.Count == 0 ? null : new(caseId, NotificationKind.ConsentWithdrawn, now, new NoticeAudience.TeamMembersFrom(organisations));

    /// <summary>
    /// The county changed the path away from occupational health (employment ended or changed): the OH unit that
    /// took the case on is told, so it can record the end of employment or hand the client over (seed 004: OH must
    /// not be the last to know). Nobody is told when OH was never involved or already handed over.
    /// </summary>
    public static Notice? OhPathLeft(Guid caseId, Guid? occupationalHealthOrganisationId, bool handedOver, Cases.ServicePath newPath, DateTimeOffset now) =>
        occupationalHealthOrganisationId is { } oh && !handedOver && newPath is not Cases.ServicePath.EmployedWithOccupationalHealth
            ? new Notice(caseId, NotificationKind.OhPathLeft, now, new NoticeAudience.StaffOf(oh, CoordinatorsOnly: false))
            : null;
}
