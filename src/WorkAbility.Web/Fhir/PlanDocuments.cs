using Hl7.Fhir.Model;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// One saved plan version as a FHIR document (Bundle of type document) for Kanta: the Composition
/// first, then the plan at that version with its goals, the patient, the team and the close person,
/// the consents, the referrals the plan's actions became, and the professionals and organisations
/// they name – every reference resolving inside the document. The document's identifier is the
/// version's id, so a receiver recognises a repeated delivery.
/// </summary>
public static class PlanDocuments
{
    public static Bundle Build(ClientRecord record, PlanVersion version, DateTimeOffset now)
    {
        var mapper = new ResourceMapper(record, document: true);
        var patient = mapper.Patient();
        var carePlan = mapper.CarePlanOf(version.Content, version.Number, version.SavedById, version.SavedAt);
        var careTeam = mapper.CareTeam();
        var related = mapper.RelatedPerson();
        var consents = record.Consents.Select(c => mapper.ConsentOf(c, now)).ToList();
        var actionIds = version.Content.Actions.Select(a => a.Id).ToHashSet();
        var requests = record.Referrals.Where(r => r.PlanActionId is { } a && actionIds.Contains(a)).Select(mapper.ServiceRequestOf).ToList();
        var organisations = record.Organisations.Values.OrderBy(o => o.Name).Select(ResourceMapper.OrganizationOf).ToList();
        var practitioners = record.Professionals.Values.OrderBy(p => p.LastName)
            .SelectMany(p => new Resource[] { ResourceMapper.PractitionerOf(p), mapper.PractitionerRoleOf(p) }).ToList();

        var composition = new Composition
        {
            Id = version.Id.ToString(),
            Identifier = new Identifier(FhirSystems.Uuid, $"urn:uuid:{version.Id}"),
            Status = CompositionStatus.Final,
            Type = new CodeableConcept(FhirSystems.Loinc, "18776-5", "Plan of care note") { Text = "Työkyvyn tuen suunnitelma" },
            Subject = mapper.Ref("Patient", record.Client.Id, record.Client.FullName),
            Date = ResourceMapper.Instant(version.SavedAt),
            Author = [mapper.Ref("Practitioner", version.SavedById)],
            Title = $"Työkyvyn tuen suunnitelma, versio {version.Number}",
            Custodian = record.Case is { } c && record.Organisations.ContainsKey(c.OpenedAtOrganisationId) ? mapper.Ref("Organization", c.OpenedAtOrganisationId) : null,
            Section =
            [
                Section("Suunnitelma", "18776-5", [mapper.Ref("CarePlan", record.Plan!.Id)]),
            ],
        };
        if (careTeam is not null)
        {
            composition.Section.Add(Section("Työkyvyn tuen tiimi", "85847-2", [mapper.Ref("CareTeam", record.Case!.Id)]));
        }
        if (consents.Count > 0)
        {
            composition.Section.Add(Section("Suostumukset", "59284-0", consents.Select(x => mapper.Ref("Consent", Guid.Parse(x.Id!))).ToList()));
        }
        if (requests.Count > 0)
        {
            composition.Section.Add(Section("Lähetteet", "57133-1", requests.Select(x => mapper.Ref("ServiceRequest", Guid.Parse(x.Id!))).ToList()));
        }

        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Document,
            Identifier = new Identifier(FhirSystems.Uuid, $"urn:uuid:{version.Id}"),
            Timestamp = now,
        };
        var resources = new List<Resource> { composition, carePlan, patient };
        resources.AddRange(careTeam is null ? [] : [careTeam]);
        resources.AddRange(related is null ? [] : [related]);
        resources.AddRange(consents);
        resources.AddRange(requests);
        resources.AddRange(practitioners);
        resources.AddRange(organisations);
        foreach (var resource in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = ResourceMapper.DocumentUrl(resource.TypeName, Guid.Parse(resource.Id!)), Resource = resource });
        }
        return bundle;
    }

    private static Composition.SectionComponent Section(string title, string loinc, List<ResourceReference> entries) =>
        new() { Title = title, Code = new CodeableConcept(FhirSystems.Loinc, loinc), Entry = entries };
}
