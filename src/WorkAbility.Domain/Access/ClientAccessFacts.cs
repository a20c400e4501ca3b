namespace WorkAbility.Domain.Access;

/// <summary>
/// What the policy needs to know about one client: where they were registered, their cases'
/// relationships, and which organisations a valid consent currently names. The consent part is
/// supplied by the caller so the consent model can change without touching the policy.
/// </summary>
public sealed record ClientAccessFacts(
    Guid ClientId,
    Guid? RegisteredAtOrganisationId,
    IReadOnlyList<CaseRelationships> Cases,
    IReadOnlySet<Guid> OrganisationsWithValidConsent,
    IReadOnlyDictionary<Guid, Consents.DataCategory>? ConsentedCategories = null)
{
    /// <summary>What a consent lets people of the organisation see (all categories when not narrowed by category).</summary>
    public Consents.DataCategory CategoriesFor(Guid organisationId) =>
        ConsentedCategories is null ? Consents.DataCategory.All : ConsentedCategories.GetValueOrDefault(organisationId);
}

/// <summary>The people and organisations tied to one support case.</summary>
public sealed record CaseRelationships(Guid HoldingOrganisationId, Guid? CoordinatorId, IReadOnlySet<Guid> TeamMemberIds,
    IReadOnlySet<Guid>? ServingOrganisationIds = null, Guid CaseId = default)
{
    /// <summary>Organisations the case was sent to: an open referral's provider, the county receiving an OH handover, an expert team consulted.</summary>
    public IReadOnlySet<Guid> ServingOrganisations => ServingOrganisationIds ?? new HashSet<Guid>();
}
