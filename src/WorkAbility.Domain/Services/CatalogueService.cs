using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Services;

/// <summary>The sectors of the region's services (F17, seed 004 "Työkyvyn tuen palvelut").</summary>
public enum ServiceCategory
{
    SocialAndHealth,
    EmploymentServices,
    Kela,
    Municipal,
    ThirdSector,
    Education,
    PensionInsurer,
    Typ,
    Digital,
}

/// <summary>How a client gets to the service.</summary>
public enum ServiceEntry
{
    Referral,
    SelfReferral,
    ReferralOrSelfReferral,
}

/// <summary>
/// One service of the region's catalogue (F17): what it is, for whom, how to get in, who provides
/// it, how to reach them and where. Plan actions point to these (F16). Names and descriptions are
/// kept in Finnish with optional Swedish and English versions (shown when present).
/// </summary>
public sealed partial class CatalogueService : IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;

    private CatalogueService() => Name = Description = TargetGroup = ProviderName = Contact = Area = string.Empty;

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }
    public string Description { get; private set; }
    public string? DescriptionSv { get; private set; }
    public string? DescriptionEn { get; private set; }
    public ServiceCategory Category { get; private set; }
    public string TargetGroup { get; private set; }
    public ServiceEntry Entry { get; private set; }
    public Guid? ProviderOrganisationId { get; private set; }
    public string ProviderName { get; private set; }
    public string Contact { get; private set; }
    public string Area { get; private set; }
    public bool Active { get; private set; }
    public Guid Version { get; set; }

    /// <summary>What one unit of the service costs the county, in euros (F39 cost); null when not set.</summary>
    public decimal? UnitCost { get; private set; }

    public CostUnit? CostUnit { get; private set; }

    /// <summary>Sets or clears (both null) the unit cost: 0–100 000 euros with at most two decimals, and what it is for.</summary>
    public void SetUnitCost(decimal? cost, CostUnit? unit)
    {
        var errors = new List<FieldError>();
        if (cost is { } c && (c < 0 || c > UnitCosts.MaxUnitCost || decimal.Round(c, 2) != c))
        {
            errors.Add(new FieldError("cost", "unit_cost_invalid"));
        }
        if (cost is not null && unit is null)
        {
            errors.Add(new FieldError("unit", TextRules.Required));
        }
        if (unit is { } u && !Enum.IsDefined(u))
        {
            errors.Add(new FieldError("unit", "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        UnitCost = cost;
        CostUnit = cost is null ? null : unit;
    }

    public sealed record Details(string? Name, string? NameSv, string? NameEn, string? Description, string? DescriptionSv, string? DescriptionEn,
        ServiceCategory? Category, string? TargetGroup, ServiceEntry? Entry, Guid? ProviderOrganisationId, string? ProviderName,
        string? Contact, string? Area, bool Active = true, int? RespondWithinDays = null);

    public static CatalogueService Create(Details details, DateTimeOffset now)
    {
        var service = new CatalogueService { Id = Guid.CreateVersion7(now) };
        service.Update(details);
        return service;
    }

    public void Update(Details d)
    {
        var errors = new List<FieldError>();
        var name = TextRules.RequiredText(d.Name, "name", NameMaxLength, errors);
        var nameSv = TextRules.OptionalText(d.NameSv, "nameSv", NameMaxLength, errors);
        var nameEn = TextRules.OptionalText(d.NameEn, "nameEn", NameMaxLength, errors);
        var description = TextRules.RequiredText(d.Description, "description", TextMaxLength, errors);
        var descriptionSv = TextRules.OptionalText(d.DescriptionSv, "descriptionSv", TextMaxLength, errors);
        var descriptionEn = TextRules.OptionalText(d.DescriptionEn, "descriptionEn", TextMaxLength, errors);
        var target = TextRules.RequiredText(d.TargetGroup, "targetGroup", TextMaxLength, errors);
        var provider = TextRules.RequiredText(d.ProviderName, "providerName", NameMaxLength, errors);
        var contact = TextRules.RequiredText(d.Contact, "contact", TextMaxLength, errors);
        var area = TextRules.RequiredText(d.Area, "area", NameMaxLength, errors);
        if (d.Category is not { } category || !Enum.IsDefined(category))
        {
            errors.Add(new FieldError("category", TextRules.Required));
            category = default;
        }
        if (d.Entry is not { } entry || !Enum.IsDefined(entry))
        {
            errors.Add(new FieldError("entry", TextRules.Required));
            entry = default;
        }
        var respondWithin = d.RespondWithinDays ?? RespondWithinDays;
        if (respondWithin is < 1 or > MaxRespondWithinDays)
        {
            errors.Add(new FieldError("respondWithinDays", "service_respond_within_range"));
        }
        TextRules.ThrowIfAny(errors);
        RespondWithinDays = respondWithin;
        (Name, NameSv, NameEn, Description, DescriptionSv, DescriptionEn) = (name, nameSv, nameEn, description, descriptionSv, descriptionEn);
        (Category, TargetGroup, Entry, ProviderOrganisationId, ProviderName, Contact, Area, Active) =
            (category, target, entry, d.ProviderOrganisationId, provider, contact, area, d.Active);
    }

    public string NameIn(string twoLetterLanguage) => twoLetterLanguage switch
    {
        "sv" => NameSv ?? Name,
        "en" => NameEn ?? Name,
        _ => Name,
    };

    public string DescriptionIn(string twoLetterLanguage) => twoLetterLanguage switch
    {
        "sv" => DescriptionSv ?? Description,
        "en" => DescriptionEn ?? Description,
        _ => Description,
    };
}
