namespace WorkAbility.Domain.Screening;

/// <summary>
/// That a booking was checked against the screening indicators (F2), and whether they alerted: the first step of the way to
/// help the statistics follow (F39 reach). Nothing of the booking is kept — no facts, no person — only when, by which
/// organisation in which municipality, and the answer.
/// </summary>
public sealed class ScreeningCheckRecord
{
    private ScreeningCheckRecord() => Municipality = string.Empty;

    public Guid Id { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The checking organisation's municipality (the person's is not known).</summary>
    public string Municipality { get; private set; }

    public bool Alerted { get; private set; }

    public static ScreeningCheckRecord Of(Guid organisationId, string municipality, bool alerted, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CheckedAt = now, OrganisationId = organisationId, Municipality = municipality, Alerted = alerted };
}
