namespace WorkAbility.Web.Fhir;

/// <summary>
/// The identifier and code systems the product speaks. The national ones follow HL7 Finland's
/// Finnish Base Profiles; the product's own (its record ids and its code lists) live under one
/// canonical base so that a receiver can tell them apart from national codes.
/// </summary>
public static class FhirSystems
{
    /// <summary>The Finnish personal identity code (henkilötunnus).</summary>
    public const string PersonalIdentityCode = "urn:oid:1.2.246.21";

    /// <summary>Statistics Finland's municipality code list (kuntakoodisto).</summary>
    public const string MunicipalityCodes = "urn:oid:1.2.246.537.6.21";

    public const string MunicipalityExtension = "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code";
    public const string SecurityLabels = "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string ConsentScope = "http://terminology.hl7.org/CodeSystem/consentscope";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public const string RoleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    public const string Language = "urn:ietf:bcp:47";
    public const string Uuid = "urn:ietf:rfc:3986";

    /// <summary>Omaolo's questionnaires (symptom and work ability assessments) are accepted under this canonical base.</summary>
    public const string OmaoloQuestionnaires = "https://omaolo.fi/fhir/Questionnaire/";

    /// <summary>THL's Kykyviisari (self-assessment of functioning), however it was filled in; its answers are the domain scores.</summary>
    public const string KykyviisariQuestionnaire = "https://thl.fi/fhir/Questionnaire/kykyviisari";

    /// <summary>The product's own canonical base.</summary>
    public const string Base = "https://tyokyvyntuki.fi/fhir";

    public const string Professions = Base + "/CodeSystem/profession";
    public const string OrganisationKinds = Base + "/CodeSystem/organisation-kind";
    public const string TeamRoles = Base + "/CodeSystem/team-role";
    public const string DataCategories = Base + "/CodeSystem/data-category";
    public const string Services = Base + "/CodeSystem/service-catalogue";
    public const string KykyviisariDomains = Base + "/CodeSystem/kykyviisari-domain";
    public const string Instruments = Base + "/CodeSystem/instrument";
    public const string ReferralStatuses = Base + "/CodeSystem/referral-status";
    public const string Usernames = Base + "/NamingSystem/username";
    public const string TaskOutputs = Base + "/CodeSystem/task-output";
    public const string EmploymentOutcomes = Base + "/CodeSystem/employment-outcome";

    /// <summary>Why a referral's loop closed as it did (F41): got help, no capacity, could not contact…</summary>
    public const string ReferralOutcomes = Base + "/CodeSystem/referral-outcome";
}
