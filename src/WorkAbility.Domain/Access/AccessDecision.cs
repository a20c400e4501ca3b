namespace WorkAbility.Domain.Access;

/// <summary>The basis on which access was given; it is written to the access log as the purpose.</summary>
public enum AccessBasis
{
    OwnData,
    IntakeOrganisation,
    AssignedCoordinator,
    TeamMember,
    ServingOrganisation,

    /// <summary>A coordinator matching a referral sent to them (saatelomake) to the person it is about (F31).</summary>
    CoordinatorReferral,

    /// <summary>The saved plan archived in the national Kanta services, as the law on client data requires.</summary>
    NationalArchive,
}

public enum DenialReason
{
    NotSignedIn,
    NoRelationship,
    NoValidConsent,
    AggregatesOnly,
    NotClientDataRole,
    OtherClient,

    /// <summary>The professional may see the client but takes no part in the case the data belongs to (a message thread, F40).</summary>
    NotTakingPart,
}

/// <summary>
/// The policy's answer. An allowed decision also says which data categories may be shown: all of
/// them within the holding organisation, only the consented ones across organisations (F11).
/// </summary>
public sealed record AccessDecision(bool Allowed, AccessBasis? Basis, DenialReason? Reason,
    Consents.DataCategory Categories = Consents.DataCategory.None)
{
    public static AccessDecision Allow(AccessBasis basis, Consents.DataCategory categories = Consents.DataCategory.All) =>
        new(true, basis, null, categories);

    public static AccessDecision Deny(DenialReason reason) => new(false, null, reason);

    public bool MayShow(Consents.DataCategory category) => Allowed && (Categories & category) == category;
}
