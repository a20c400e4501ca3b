namespace WorkAbility.Domain.Teams;

/// <summary>
/// A professional's place on a case's work ability support team (F10). Membership is what lets a
/// professional of another organisation see the case (with the client's consent). Leaving the
/// team keeps the row for the history; only current members count for access.
/// </summary>
public sealed class TeamMembership
{
    private TeamMembership() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ProfessionalId { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public DateTimeOffset? LeftAt { get; private set; }

    public bool IsCurrent => LeftAt is null;

    public static TeamMembership Join(Guid supportCaseId, Guid professionalId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, ProfessionalId = professionalId, JoinedAt = now };

    internal void Leave(DateTimeOffset now) => LeftAt = now;
}
