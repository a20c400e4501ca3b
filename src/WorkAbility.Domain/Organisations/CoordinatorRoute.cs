using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Organisations;

/// <summary>
/// Where a referral to the work ability coordinator goes (F31): the sote-centre whose coordinators
/// serve people living in a municipality. The county keeps one route per municipality; the sender
/// names the person's home municipality and never has to know the county's organisation.
/// </summary>
public sealed class CoordinatorRoute
{
    private CoordinatorRoute() => Municipality = Key = string.Empty;

    /// <summary>The municipality as the county writes it ("Esikylä").</summary>
    public string Municipality { get; private set; }

    /// <summary>The municipality compared without case or surrounding spaces: "esikylä " finds "Esikylä".</summary>
    public string Key { get; private set; }

    public Guid OrganisationId { get; private set; }

    public static string KeyOf(string? municipality) => (municipality ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>Routes a municipality to a sote-centre; other kinds of organisation have no coordinators to route to.</summary>
    public static CoordinatorRoute To(string? municipality, Organisation organisation)
    {
        var errors = new List<FieldError>();
        var name = TextRules.RequiredText(municipality, "municipality", Clients.Client.MunicipalityMaxLength, errors);
        if (organisation.Kind is not OrganisationKind.SoteCentre)
        {
            errors.Add(new FieldError("organisationId", "route_not_sote_centre"));
        }
        TextRules.ThrowIfAny(errors);
        return new CoordinatorRoute { Municipality = name, Key = KeyOf(name), OrganisationId = organisation.Id };
    }

    /// <summary>Sends the municipality's referrals to another sote-centre from now on; those already sent stay where they are.</summary>
    public void Redirect(Organisation organisation)
    {
        if (organisation.Kind is not OrganisationKind.SoteCentre)
        {
            throw new DomainRuleException("route_not_sote_centre", "organisationId");
        }
        OrganisationId = organisation.Id;
    }
}
