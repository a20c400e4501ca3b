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

public partial class ResourceMapper
{
    // ---- CareTeam and the close person ---------------------------------------------------

    /// <summary>
    /// The multi-professional team of the case (F10): current and former members with their
    /// periods (each as their role at their organisation), the case manager in the coordinating role, the case's coordinator, and the close
    /// person the client brought as a RelatedPerson. The team's id is the case's.
    /// </summary>
    public CareTeam? CareTeam()
    {
        if (record.Case is not { } supportCase || record.Team is not { } team)
        {
            return null;
        }
        var careTeam = new CareTeam
        {
            Id = supportCase.Id.ToString(),
            Status = supportCase.IsActive ? Hl7.Fhir.Model.CareTeam.CareTeamStatus.Active : Hl7.Fhir.Model.CareTeam.CareTeamStatus.Inactive,
            Name = "Työkyvyn tuen tiimi",
            Subject = PatientRef,
            Period = new Period { Start = Instant(team.FormedAt), End = supportCase.EndedAt is { } ended ? Instant(ended) : null },
            ManagingOrganization = OrganizationRef(supportCase.OpenedAtOrganisationId) is { } managing ? [managing] : [],
        };
        foreach (var member in team.Members.OrderBy(m => m.JoinedAt))
        {
            if (RoleRef(member.ProfessionalId) is not { } who)
            {
                continue;
            }
            var isCaseManager = member.ProfessionalId == team.CaseManagerId && member.IsCurrent;
            careTeam.Participant.Add(new CareTeam.ParticipantComponent
            {
                Role = [isCaseManager ? TeamRole("case-manager", "Vastuuhenkilö (case manager)") : TeamRole("member", "Tiimin jäsen")],
                Member = who,
                Period = new Period { Start = Instant(member.JoinedAt), End = member.LeftAt is { } left ? Instant(left) : null },
            });
        }
        if (supportCase.CoordinatorId is { } coordinatorId && RoleRef(coordinatorId) is { } coordinator)
        {
            careTeam.Participant.Add(new CareTeam.ParticipantComponent
            {
                Role = [TeamRole("coordinator", "Työkykykoordinaattori")],
                Member = coordinator,
            });
        }
        if (RelatedPerson() is not null)
        {
            careTeam.Participant.Add(new CareTeam.ParticipantComponent
            {
                Role = [TeamRole("close-person", "Asiakkaan läheinen")],
                Member = Ref("RelatedPerson", supportCase.Id, team.CloseParticipantName),
            });
        }
        return careTeam;
    }

    /// <summary>The close person who takes part in the team's work (F10), named by the client; the id is the case's.</summary>
    public RelatedPerson? RelatedPerson() =>
        record is { Case: { } supportCase, Team: { CloseParticipantName: { Length: > 0 } name } team }
            ? new RelatedPerson
            {
                Id = supportCase.Id.ToString(),
                Active = supportCase.IsActive,
                Patient = PatientRef,
                Name = [new HumanName { Text = name }],
                Relationship = team.CloseParticipantRelation is { Length: > 0 } relation
                    ? [new CodeableConcept { Text = relation }]
                    : [],
            }
            : null;

    // ---- Consent ---------------------------------------------------------------------------

    /// <summary>
    /// A consent to disclose (F11, Kela Y100): the organisations that may receive as recipients,
    /// the data categories as the provision's codes, the validity as its period; withdrawn and
    /// expired are inactive, one waiting for the client's confirmation is proposed.
    /// </summary>
    public Hl7.Fhir.Model.Consent ConsentOf(DomainConsent consent, DateTimeOffset now)
    {
        // In force is the domain's word (withdrawn, expired or not yet begun is not); one waiting for the client's confirmation is proposed.
        var status = consent.AwaitingConfirmation && !consent.IsWithdrawn ? Hl7.Fhir.Model.Consent.ConsentState.Proposed
            : consent.IsValidAt(now) ? Hl7.Fhir.Model.Consent.ConsentState.Active
            : Hl7.Fhir.Model.Consent.ConsentState.Inactive;
        var fhir = new Hl7.Fhir.Model.Consent
        {
            Id = consent.Id.ToString(),
            Status = status,
            Scope = new CodeableConcept(FhirSystems.ConsentScope, "patient-privacy", "Privacy Consent"),
            Category = [new CodeableConcept(FhirSystems.Loinc, "59284-0", "Patient Consent")],
            Patient = PatientRef,
            DateTime = Instant(consent.RecordedAt),
            Organization = record.Case is { } c && OrganizationRef(c.OpenedAtOrganisationId) is { } custodian ? [custodian] : [],
            PolicyRule = new CodeableConcept(FhirSystems.ActCode, "OPTIN", "opt-in") { Text = consent.Purpose },
            Provision = new Hl7.Fhir.Model.Consent.provisionComponent
            {
                Type = Hl7.Fhir.Model.Consent.ConsentProvisionType.Permit,
                Period = new Period
                {
                    Start = consent.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    End = (consent.WithdrawnAt is { } withdrawn ? FinnishCalendar.DateOf(withdrawn) : consent.ValidUntil).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                Actor = consent.OrganisationIds.Where(record.Organisations.ContainsKey).Select(o => new Hl7.Fhir.Model.Consent.provisionActorComponent
                {
                    Role = new CodeableConcept(FhirSystems.ParticipationType, "IRCP", "information recipient"),
                    Reference = OrganizationRef(o)!,
                }).ToList(),
                Code = DataCategories.Each.Where(c => consent.Categories.HasFlag(c))
                    .Select(c => new CodeableConcept(FhirSystems.DataCategories, Code(c), c.ToString())).ToList(),
            },
        };
        // The client is the one who agrees; the signed paper or the confirmation is the source.
        fhir.Performer = [PatientRef];
        if (consent.DocumentReference is { Length: > 0 } reference)
        {
            fhir.Source = new Attachment { Title = reference };
        }
        return fhir;
    }
}
