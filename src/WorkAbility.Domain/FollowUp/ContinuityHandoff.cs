using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.FollowUp;

/// <summary>
/// The continuity plan reaching one organisation that goes on serving the client when support ends (seed 001, "Mitä palvelun
/// jälkeen?"; F41): it is told, and acknowledges that it has read it. Unacknowledged after
/// <see cref="UnacknowledgedDays"/> days it is a risk, and the case's last case manager is told.
/// </summary>
public sealed class ContinuityHandoff : IVersioned
{
    public const int UnacknowledgedDays = 7;

    private ContinuityHandoff() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public Guid? AcknowledgedById { get; private set; }

    /// <summary>When the last case manager was told it is still unacknowledged.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }
    public Guid Version { get; set; }

    /// <summary>
    /// One handoff per organisation still serving the client – the providers of referrals still running and of the client's
    /// current services in the county – except the organisation that holds the case, which ended it.
    /// </summary>
    public static IReadOnlyList<ContinuityHandoff> For(Guid supportCaseId, IEnumerable<Guid> servingOrganisations, Guid holdingOrganisationId, DateTimeOffset now) =>
        servingOrganisations.Where(o => o != holdingOrganisationId).Distinct().Order()
            .Select(o => new ContinuityHandoff { Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, OrganisationId = o, SentAt = now }).ToList();

    /// <summary>Only the organisation it was sent to acknowledges it; a second acknowledgement is the same fact.</summary>
    public void Acknowledge(Guid byId, Guid byOrganisationId, DateTimeOffset now)
    {
        if (byOrganisationId != OrganisationId)
        {
            throw new DomainRuleException("continuity_not_yours");
        }
        if (AcknowledgedAt is null)
        {
            (AcknowledgedAt, AcknowledgedById) = (now, byId);
        }
    }

    public bool IsOverdue(DateTimeOffset now) => IsOverdue(SentAt, AcknowledgedAt, now);

    public static bool IsOverdue(DateTimeOffset sentAt, DateTimeOffset? acknowledgedAt, DateTimeOffset now) =>
        acknowledgedAt is null && now - sentAt > TimeSpan.FromDays(UnacknowledgedDays);

    public void MarkReminded(DateTimeOffset now) => ReminderSentAt ??= now;
}
