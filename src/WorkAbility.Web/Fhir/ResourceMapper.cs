using System.Globalization;
using Hl7.Fhir.Model;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using DomainClient = WorkAbility.Domain.Clients.Client;
using DomainConsent = WorkAbility.Domain.Consents.Consent;
using Task = Hl7.Fhir.Model.Task;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// Maps one <see cref="ClientRecord"/> to FHIR R4 resources. Resource ids are the record's own ids.
/// Over the API references are relative (<c>Patient/{id}</c>); inside a document every resource is
/// an entry with a <c>urn:uuid</c> full URL and references point at those, so the document stands
/// on its own wherever it is delivered.
/// </summary>
public sealed partial class ResourceMapper(ClientRecord record, bool document = false)
{
    public ResourceReference Ref(string type, Guid id, string? display = null) =>
        new(document ? DocumentUrl(type, id) : $"{type}/{id}") { Display = display };

    /// <summary>
    /// A resource's full URL inside a document: a name-based UUID (RFC 4122 version 5) of its type and
    /// id, because resources of different types share the record's ids (a professional is both a
    /// Practitioner and a PractitionerRole; a case both a CareTeam and a RelatedPerson).
    /// </summary>
    public static string DocumentUrl(string type, Guid id)
    {
        var hash = System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes($"{FhirSystems.Base}/{type}/{id}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes, bigEndian: true)}";
    }

    private ResourceReference PatientRef => Ref("Patient", record.Client.Id, record.Client.FullName);

    private ResourceReference? PractitionerRef(Guid? id) =>
        id is { } p && record.Professionals.TryGetValue(p, out var pro) ? Ref("Practitioner", p, pro.FirstName + " " + pro.LastName) : null;

    /// <summary>A professional as a team member: their role at their organisation (the PractitionerRole carries both).</summary>
    private ResourceReference? RoleRef(Guid id) =>
        record.Professionals.TryGetValue(id, out var pro) ? Ref("PractitionerRole", id, pro.FirstName + " " + pro.LastName) : null;

    private ResourceReference? OrganizationRef(Guid? id) =>
        id is { } o && record.Organisations.TryGetValue(o, out var org) ? Ref("Organization", o, org.Name) : null;

    // ---- Patient -------------------------------------------------------------------------

    public Patient Patient() => PatientOf(record.Client);

    /// <summary>
    /// The Finnish base profile's shape: the identity code as the official PIC identifier, the home
    /// municipality as its extension (the name; the product holds no municipality code), the
    /// language the client reads. The product holds no address, so none is sent; a person with a
    /// non-disclosure order (turvakielto) carries its security label and no contact details.
    /// </summary>
    public static Patient PatientOf(DomainClient client)
    {
        var patient = new Patient
        {
            Id = client.Id.ToString(),
            Active = true,
            Identifier =
            [
                new Identifier(FhirSystems.PersonalIdentityCode, client.PersonalIdentityCode.Value)
                {
                    Use = Identifier.IdentifierUse.Official,
                    Type = new CodeableConcept(FhirSystems.IdentifierType, "NNFIN", "National Person Identifier where the person is Finnish"),
                },
            ],
            Name = [new HumanName { Family = client.LastName, Given = [client.FirstName], Text = client.FullName, Use = HumanName.NameUse.Official }],
            BirthDate = client.PersonalIdentityCode.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Communication =
            [
                new Patient.CommunicationComponent { Language = new CodeableConcept(FhirSystems.Language, client.PreferredLanguage == "selko" ? "fi" : client.PreferredLanguage, client.PreferredLanguage == "selko" ? "suomi (selkokieli)" : null), Preferred = true },
            ],
        };
        if (!string.IsNullOrWhiteSpace(client.Municipality))
        {
            patient.Extension.Add(new Extension(FhirSystems.MunicipalityExtension,
                new Coding { System = FhirSystems.MunicipalityCodes, Display = client.Municipality }));
        }
        if (client.NonDisclosure)
        {
            // Turvakielto: the security label of the Finnish base profile, and no contact details leave the product.
            patient.Meta = new Meta { Security = [new Coding(FhirSystems.SecurityLabels, "TURVAKIELTO", "Turvakielto")] };
            return patient;
        }
        if (client.Phone is { Length: > 0 } phone)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, phone));
        }
        if (client.Email is { Length: > 0 } email)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Home, email));
        }
        return patient;
    }

    // ---- Directory: organisations and professionals -------------------------------------

    public static Organization OrganizationOf(Organisation organisation) =>
        new()
        {
            Id = organisation.Id.ToString(),
            Active = true,
            Identifier = [new Identifier(FhirSystems.Uuid, $"urn:uuid:{organisation.Id}")],
            Name = organisation.Name,
            Type = [new CodeableConcept(FhirSystems.OrganisationKinds, Code(organisation.Kind), organisation.Kind.ToString())],
            Address = [new Address { City = organisation.Area, Country = "FI" }],
        };

    public static Practitioner PractitionerOf(Professional professional)
    {
        var practitioner = new Practitioner
        {
            Id = professional.Id.ToString(),
            Active = professional.Active,
            Identifier = [new Identifier(FhirSystems.Usernames, professional.Username)],
            Name = [new HumanName { Family = professional.LastName, Given = [professional.FirstName], Text = professional.FirstName + " " + professional.LastName }],
        };
        if (professional.WorkPhone is { Length: > 0 } phone)
        {
            practitioner.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, phone));
        }
        if (professional.WorkEmail is { Length: > 0 } email)
        {
            practitioner.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }
        return practitioner;
    }

    /// <summary>One role per professional: their profession at their organisation (the product's id is the professional's).</summary>
    public PractitionerRole PractitionerRoleOf(Professional professional) =>
        new()
        {
            Id = professional.Id.ToString(),
            Active = professional.Active,
            Practitioner = Ref("Practitioner", professional.Id, professional.FirstName + " " + professional.LastName),
            Organization = Ref("Organization", professional.OrganisationId),
            Code = [new CodeableConcept(FhirSystems.Professions, Code(professional.Profession), professional.Profession.ToString())],
        };

    // ---- helpers ---------------------------------------------------------------------------

    private static CodeableConcept TeamRole(string code, string display) => new(FhirSystems.TeamRoles, code, display);

    private static Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus ActivityStatus(ActionStatus status) => status switch
    {
        ActionStatus.Planned => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.NotStarted,
        ActionStatus.Booked => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Scheduled,
        ActionStatus.Ongoing => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.InProgress,
        ActionStatus.Done => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Completed,
        ActionStatus.Cancelled => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Cancelled,
        ActionStatus.DidNotAttend => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Stopped,
        _ => Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Unknown,
    };

    /// <summary>FHIR instants with whole seconds' precision as the database keeps them, in UTC.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>An enum member as a FHIR code: kebab-case (<c>SoteCentre</c> → <c>sote-centre</c>).</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
