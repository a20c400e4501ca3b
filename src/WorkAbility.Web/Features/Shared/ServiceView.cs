using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Features.Shared;

/// <summary>A catalogue service in the reader's language, as the catalogue, the plan and the referrals show it.</summary>
public sealed record ServiceView(Guid Id, string Name, string Description, ServiceCategory Category, string TargetGroup, ServiceEntry Entry,
    string ProviderName, string Contact, string Area, bool Active)
{
    /// <summary>The provider's capacity as its staff last told it (F41).</summary>
    public CapacityView Capacity { get; init; } = CapacityView.NotTold;

    /// <summary>Working days within which the provider answers a referral.</summary>
    public int RespondWithinDays { get; init; } = CatalogueService.DefaultRespondWithinDays;

    public Guid? ProviderOrganisationId { get; init; }

    public static ServiceView Of(CatalogueService s, string language) => new(s.Id, s.NameIn(language), s.DescriptionIn(language), s.Category,
        s.TargetGroup, s.Entry, s.ProviderName, s.Contact, s.Area, s.Active)
    {
        Capacity = CapacityView.Of(s),
        RespondWithinDays = s.RespondWithinDays,
        ProviderOrganisationId = s.ProviderOrganisationId,
    };
}

/// <summary>A service's capacity: room now, a waiting list of some weeks, no room, an assessment first – or not told.</summary>
public sealed record CapacityView(ServiceCapacity? Status, int? WaitWeeks, DateTimeOffset? UpdatedAt)
{
    public static CapacityView NotTold { get; } = new(null, null, null);

    public static CapacityView Of(CatalogueService s) => new(s.Capacity, s.WaitWeeks, s.CapacityUpdatedAt);
}
