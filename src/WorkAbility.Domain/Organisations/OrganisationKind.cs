namespace WorkAbility.Domain.Organisations;

/// <summary>The kinds of organisation that take part in work ability support.</summary>
public enum OrganisationKind
{
    SoteCentre,
    EmploymentServices,
    Kela,
    Municipality,
    Ngo,
    OccupationalHealth,
    Education,
    PensionInsurer,
    SpecialExpertiseTeam,
}
