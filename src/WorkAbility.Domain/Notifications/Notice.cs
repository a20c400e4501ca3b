namespace WorkAbility.Domain.Notifications;

/// <summary>
/// Something on a case that people must be told of, and who: raised on the case by the change that
/// caused it (the rules are in <see cref="WhoIsTold"/>), turned into one <see cref="Notification"/>
/// per person by the save that stores the change — so a change and its notices succeed or fail together.
/// </summary>
public sealed record Notice(Guid SupportCaseId, NotificationKind Kind, DateTimeOffset At, NoticeAudience Audience, Guid? Except = null)
{
    /// <summary>The thing on the case the notice is about (a referral), so the notice can say which one and lead to it.</summary>
    public Guid? SubjectId { get; init; }
}

/// <summary>Who a notice is for; the organisation-wide audiences are resolved when the notice is saved.</summary>
public abstract record NoticeAudience
{
    /// <summary>Named professionals.</summary>
    public sealed record People(IReadOnlyCollection<Guid> Ids) : NoticeAudience;

    /// <summary>The organisation's active professionals and coordinators (or coordinators only).</summary>
    public sealed record StaffOf(Guid OrganisationId, bool CoordinatorsOnly) : NoticeAudience;

    /// <summary>The case's current team members who work in the named organisations.</summary>
    public sealed record TeamMembersFrom(IReadOnlyCollection<Guid> OrganisationIds) : NoticeAudience;
}
