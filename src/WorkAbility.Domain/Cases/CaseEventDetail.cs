using System.Globalization;

namespace WorkAbility.Domain.Cases;

/// <summary>
/// What a timeline entry says beyond its kind, as a typed value: a new path, a level of support, a
/// referral's status, the need at a review, the day employment ended, a joint meeting held, or
/// free text. The domain writes it and reads it back here, in one place; pages show the value and
/// never parse stored text.
/// </summary>
public abstract record CaseEventDetail
{
    public sealed record Path(ServicePath Value) : CaseEventDetail;

    public sealed record Level(Assessment.LevelOfSupport Value) : CaseEventDetail;

    public sealed record ReferralStatus(Referrals.ReferralStatus Value) : CaseEventDetail;

    public sealed record Need(FollowUp.CurrentNeed Value) : CaseEventDetail;

    public sealed record EmploymentEndedOn(DateOnly Value) : CaseEventDetail;

    public sealed record PlanVersion(int Number) : CaseEventDetail;

    public sealed record JointMeetingHeld : CaseEventDetail;

    public sealed record Text(string Value) : CaseEventDetail;

    private const string JointMeeting = "joint-meeting";

    /// <summary>The stored form (invariant culture; enum names, ISO dates).</summary>
    internal string Stored => this switch
    {
        Path p => p.Value.ToString(),
        Level l => l.Value.ToString(),
        ReferralStatus r => r.Value.ToString(),
        Need n => n.Value.ToString(),
        EmploymentEndedOn e => e.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PlanVersion v => v.Number.ToString(CultureInfo.InvariantCulture),
        JointMeetingHeld => JointMeeting,
        Text t => t.Value,
        _ => throw new InvalidOperationException("Unknown detail."),
    };

    /// <summary>The detail of a stored entry of <paramref name="kind"/>; text when the kind carries none of the typed values.</summary>
    internal static CaseEventDetail? Read(CaseEventKind kind, string? stored) => (kind, stored) switch
    {
        (_, null) => null,
        (CaseEventKind.PathChanged or CaseEventKind.HandedOverFromOccupationalHealth, _) when Enum.TryParse<ServicePath>(stored, out var path) => new Path(path),
        (CaseEventKind.LevelOfSupportDecided, _) when Enum.TryParse<Assessment.LevelOfSupport>(stored, out var level) => new Level(level),
        (CaseEventKind.ReferralStatusChanged, _) when Enum.TryParse<Referrals.ReferralStatus>(stored, out var status) => new ReferralStatus(status),
        (CaseEventKind.FollowUpReviewed, _) when Enum.TryParse<FollowUp.CurrentNeed>(stored, out var need) => new Need(need),
        (CaseEventKind.EmploymentEnded, _) when DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) => new EmploymentEndedOn(on),
        (CaseEventKind.PlanSaved, _) when int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => new PlanVersion(number),
        (CaseEventKind.HandoverAccepted, JointMeeting) => new JointMeetingHeld(),
        _ => new Text(stored),
    };
}
