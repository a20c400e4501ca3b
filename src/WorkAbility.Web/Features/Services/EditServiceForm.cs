using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Features.Services;

/// <summary>F17: a catalogue service as the administrator edits it (create and update share it).</summary>
public static class EditServiceForm
{
    public sealed class Request
    {
        public string? Name { get; set; }
        public string? NameSv { get; set; }
        public string? NameEn { get; set; }
        public string? Description { get; set; }
        public string? DescriptionSv { get; set; }
        public string? DescriptionEn { get; set; }
        public ServiceCategory? Category { get; set; }
        public string? TargetGroup { get; set; }
        public ServiceEntry? Entry { get; set; }
        public Guid? ProviderOrganisationId { get; set; }
        public string? ProviderName { get; set; }
        public string? Contact { get; set; }
        public string? Area { get; set; }
        public bool Active { get; set; } = true;

        /// <summary>Working days within which the provider answers a referral (1–14; 2 when not given for a new service).</summary>
        public int? RespondWithinDays { get; set; }

        /// <summary>The version the editor started from; a newer one means someone else saved meanwhile.</summary>
        public string? Version { get; set; }

        public CatalogueService.Details ToDetails() => new(Name, NameSv, NameEn, Description, DescriptionSv, DescriptionEn, Category, TargetGroup,
            Entry, ProviderOrganisationId, ProviderName, Contact, Area, Active, RespondWithinDays);

        public static Request From(CatalogueService s) => new()
        {
            Name = s.Name, NameSv = s.NameSv, NameEn = s.NameEn, Description = s.Description, DescriptionSv = s.DescriptionSv,
            DescriptionEn = s.DescriptionEn, Category = s.Category, TargetGroup = s.TargetGroup, Entry = s.Entry,
            ProviderOrganisationId = s.ProviderOrganisationId, ProviderName = s.ProviderName, Contact = s.Contact, Area = s.Area,
            Active = s.Active, RespondWithinDays = s.RespondWithinDays, Version = s.Version.ToString("N"),
        };
    }
}
