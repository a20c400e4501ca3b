using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Features.Shared;

/// <summary>A catalogue service in the reader's language, as the catalogue, the plan and the referrals show it.</summary>
public sealed record ServiceView(Guid Id, string Name, string Description, ServiceCategory Category, string TargetGroup, ServiceEntry Entry,
    string ProviderName, string Contact, string Area, bool Active)
{
    public static ServiceView Of(CatalogueService s, string language) => new(s.Id, s.NameIn(language), s.DescriptionIn(language), s.Category,
        s.TargetGroup, s.Entry, s.ProviderName, s.Contact, s.Area, s.Active);
}
