using Hl7.Fhir.Model;

namespace WorkAbility.Web.Fhir;

/// <summary>What <c>/fhir/r4</c> supports, and nothing more: a client finds every interaction here before trying it.</summary>
public static class Capabilities
{
    public static CapabilityStatement Statement(string apiBase)
    {
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Signed-in professionals of the county's organisations. Every read of client data is decided by the same " +
                            "access policy as the product's pages (care relationship and valid consent) and written to the access log; " +
                            "a client the caller may not see is 404 on read and absent from searches.",
            Security = new CapabilityStatement.SecurityComponent
            {
                Description = "The product's session (the organisation's identity provider). Anonymous callers may read only this statement.",
            },
        };
        rest.Resource.Add(Type("Patient", read: true, search: [("identifier", SearchParamType.Token, "urn:oid:1.2.246.21|<personal identity code>")],
            operations: [("everything", "http://hl7.org/fhir/OperationDefinition/Patient-everything")]));
        foreach (var type in new[] { "CareTeam", "RelatedPerson", "Consent", "CarePlan", "ServiceRequest", "Observation", "QuestionnaireResponse" })
        {
            var resource = Type(type, read: true, search: [("patient", SearchParamType.Reference, "Patient/<id>; subject and for are accepted too")]);
            if (type == "QuestionnaireResponse")
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent
                {
                    Code = CapabilityStatement.TypeRestfulInteraction.Create,
                    Documentation = $"Kykyviisari ({FhirSystems.KykyviisariQuestionnaire}) becomes an external measure; an Omaolo assessment " +
                                    $"({FhirSystems.OmaoloQuestionnaires}…) a contact with screening. The subject is named by its identity code.",
                });
            }
            rest.Resource.Add(resource);
        }
        var task = Type("Task", read: true, search:
        [
            ("owner", SearchParamType.Reference, "Organization/<id>: the caller's own organisation's referrals"),
            ("status", SearchParamType.Token, "requested | received | accepted | rejected | in-progress | completed | failed | cancelled"),
            ("patient", SearchParamType.Reference, "Patient/<id>"),
        ]);
        task.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent
        {
            Code = CapabilityStatement.TypeRestfulInteraction.Update,
            Documentation = "The provider moves its referral along the loop with the same rules as its page; If-Match with the version it read.",
        });
        task.UpdateCreate = false;
        rest.Resource.Add(task);
        foreach (var type in FhirEndpoints.DirectoryTypes)
        {
            rest.Resource.Add(Type(type, read: true, search: []));
        }
        return new CapabilityStatement
        {
            Url = FhirSystems.Base + "/CapabilityStatement/tyokyvyn-tuki",
            Name = "TyokyvynTuki",
            Title = "Työkyvyn tuki – FHIR R4",
            Status = PublicationStatus.Active,
            Date = "2026-12-06",
            Publisher = "Työkyvyn tuki",
            Kind = CapabilityStatementKind.Instance,
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "Työkyvyn tuki", Url = apiBase },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json"],
            Rest = [rest],
        };
    }

    private static CapabilityStatement.ResourceComponent Type(string type, bool read, (string Name, SearchParamType Kind, string Doc)[] search,
        (string Name, string Definition)[]? operations = null)
    {
        var resource = new CapabilityStatement.ResourceComponent { Type = type, Versioning = CapabilityStatement.ResourceVersionPolicy.NoVersion, ReadHistory = false };
        if (read)
        {
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read });
        }
        if (search.Length > 0)
        {
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType });
        }
        foreach (var (name, kind, doc) in search)
        {
            resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent { Name = name, Type = kind, Documentation = doc });
        }
        foreach (var (name, definition) in operations ?? [])
        {
            resource.Operation.Add(new CapabilityStatement.OperationComponent { Name = name, Definition = definition });
        }
        return resource;
    }
}
