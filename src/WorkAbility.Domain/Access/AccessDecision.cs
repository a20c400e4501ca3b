namespace WorkAbility.Domain.Access;

/// <summary>The basis on which access was given; it is written to the access log as the purpose.</summary>
public enum AccessBasis
{
    OwnData,
    IntakeOrganisation,
    AssignedCoordinator,
    TeamMember,
}

public enum DenialReason
{
    NotSignedIn,
    NoRelationship,
    NoValidConsent,
    AggregatesOnly,
    NotClientDataRole,
    OtherClient,
}

public sealed record AccessDecision(bool Allowed, AccessBasis? Basis, DenialReason? Reason)
{
    public static AccessDecision Allow(AccessBasis basis) => new(true, basis, null);
    public static AccessDecision Deny(DenialReason reason) => new(false, null, reason);
}
