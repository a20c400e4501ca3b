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
    // ---- Referrals: ServiceRequest + Task (closed loop) ---------------------------------

    /// <summary>The referral as the request for the provider's service (F18).</summary>
    public ServiceRequest ServiceRequestOf(Referral referral)
    {
        var service = record.Services.GetValueOrDefault(referral.ServiceId);
        var request = new ServiceRequest
        {
            Id = referral.Id.ToString(),
            Status = ReferralTransitions.IsOpen(referral.Status) ? RequestStatus.Active
                : referral.Status is ReferralStatus.Completed ? RequestStatus.Completed
                : RequestStatus.Revoked,
            Intent = RequestIntent.Order,
            Code = service is null ? new CodeableConcept { Text = "Palvelu" }
                : new CodeableConcept(FhirSystems.Services, service.Id.ToString(), service.Name) { Text = service.Name },
            Subject = PatientRef,
            AuthoredOn = Instant(referral.SentAt),
            Requester = PractitionerRef(referral.SentById),
            Performer = OrganizationRef(referral.ToOrganisationId) is { } provider ? [provider] : [],
        };
        if (record.Plan is { } plan && referral.PlanActionId is not null)
        {
            request.BasedOn.Add(Ref("CarePlan", plan.Id));
        }
        if (referral.Note is { Length: > 0 } note)
        {
            request.Note.Add(new Annotation { Text = new Markdown(note) });
        }
        return request;
    }

    /// <summary>
    /// The HL7 Gravity closed-loop pattern: the Task is the provider's work on the request; its
    /// status is the referral's (<see cref="ReferralTaskStatus"/>), its business status the referral status while open
    /// and the coded outcome once closed; a decline's or withdrawal's code (and words) is its status reason, and what a
    /// completion delivered, whether the client got the help sought and the employment outcome are its outputs.
    /// </summary>
    public Task TaskOf(Referral referral)
    {
        var task = new Task
        {
            Id = referral.Id.ToString(),
            Meta = new Meta { VersionId = referral.Version.ToString() },
            Status = ReferralTaskStatus.Of(referral.Status),
            BusinessStatus = referral.OutcomeCode is { } closed
                ? new CodeableConcept(FhirSystems.ReferralOutcomes, Code(closed), closed.ToString())
                : new CodeableConcept(FhirSystems.ReferralStatuses, Code(referral.Status), referral.Status.ToString()),
            Intent = Hl7.Fhir.Model.Task.TaskIntent.Order,
            Code = new CodeableConcept("http://hl7.org/fhir/CodeSystem/task-code", "fulfill", "Fulfill the focal request"),
            Focus = Ref("ServiceRequest", referral.Id),
            For = PatientRef,
            AuthoredOn = Instant(referral.SentAt),
            LastModified = Instant(referral.StatusChangedAt < referral.SentAt ? referral.SentAt : referral.StatusChangedAt),
            Requester = PractitionerRef(referral.SentById),
            Owner = OrganizationRef(referral.ToOrganisationId),
        };
        if (referral.Status is ReferralStatus.Declined or ReferralStatus.Withdrawn && referral.OutcomeCode is { } why)
        {
            task.StatusReason = new CodeableConcept(FhirSystems.ReferralOutcomes, Code(why), why.ToString()) { Text = referral.DeclineReason ?? why.ToString() };
        }
        if (referral.DeliveredAmount is { } amount && referral.DeliveredUnit is { } unit)
        {
            var service = record.Services.GetValueOrDefault(referral.ServiceId);
            task.Output.Add(new Task.OutputComponent
            {
                Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.Delivered),
                Value = new Quantity { Value = amount, Unit = ReferralTaskOutput.UnitCode(unit), System = FhirSystems.Ucum, Code = "{" + ReferralTaskOutput.UnitCode(unit) + "}" },
            });
            task.Output.Add(new Task.OutputComponent
            {
                Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.DeliveredService),
                Value = new CodeableConcept(FhirSystems.Services, referral.ServiceId.ToString(), service?.Name) { Text = service?.Name },
            });
        }
        if (referral.GotHelp is { } gotHelp)
        {
            task.Output.Add(new Task.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.GotHelp), Value = new FhirBoolean(gotHelp) });
        }
        if (referral.EmploymentOutcome is { } outcome)
        {
            task.Output.Add(new Task.OutputComponent
            {
                Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.EmploymentOutcome),
                Value = new CodeableConcept(FhirSystems.EmploymentOutcomes, Code(outcome), outcome.ToString()),
            });
            if (referral.HoursPerWeek is { } hours)
            {
                task.Output.Add(new Task.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.HoursPerWeek), Value = new Integer(hours) });
            }
            if (referral.Employer is { Length: > 0 } employer)
            {
                task.Output.Add(new Task.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.Employer), Value = new FhirString(employer) });
            }
        }
        return task;
    }

    // ---- Measures ---------------------------------------------------------------------------

    /// <summary>A Kykyviisari result (F6): one Observation, a component per domain on its 0–10 scale.</summary>
    public Observation ObservationOf(ExternalMeasure measure)
    {
        var observation = new Observation
        {
            Id = measure.Id.ToString(),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = new CodeableConcept(FhirSystems.Instruments, measure.Instrument, measure.Instrument) { Text = measure.Instrument },
            Subject = PatientRef,
            Effective = new FhirDateTime(measure.MeasuredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Issued = measure.RecordedAt,
            Performer = PractitionerRef(measure.RecordedById) is { } recorder ? [recorder] : [],
        };
        foreach (var (domain, score) in measure.Scores)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept(FhirSystems.KykyviisariDomains, domain, domain),
                Value = new Quantity { Value = score, Unit = "score", System = FhirSystems.Ucum, Code = "{score}" },
            });
        }
        if (measure.Note is { Length: > 0 } note)
        {
            observation.Note.Add(new Annotation { Text = new Markdown(note) });
        }
        return observation;
    }

    /// <summary>A self-assessment (F6) with the answers as given, pointing at the questionnaire and its version.</summary>
    public QuestionnaireResponse QuestionnaireResponseOf(SelfAssessment assessment) =>
        new()
        {
            Id = assessment.Id.ToString(),
            Questionnaire = assessment.QuestionnaireUrl + "|" + assessment.QuestionnaireVersion,
            Status = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = PatientRef,
            Authored = Instant(assessment.FilledAt),
            Author = assessment.FilledBy is FilledBy.Client ? PatientRef : PractitionerRef(assessment.ProfessionalId),
            Source = PatientRef,
            Item = assessment.Answers.Select(a => new QuestionnaireResponse.ItemComponent
            {
                LinkId = a.Key,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirString(a.Value) }],
            }).ToList(),
        };

    // ---- Everything ----------------------------------------------------------------------

    /// <summary>Every resource of the record, the patient first, then what refers to it, then what they refer to.</summary>
    public IReadOnlyList<Resource> Everything(DateTimeOffset now)
    {
        var resources = new List<Resource> { Patient() };
        if (CareTeam() is { } team)
        {
            resources.Add(team);
        }
        if (RelatedPerson() is { } related)
        {
            resources.Add(related);
        }
        resources.AddRange(record.Consents.Select(c => ConsentOf(c, now)));
        if (CarePlan() is { } plan)
        {
            resources.Add(plan);
        }
        foreach (var referral in record.Referrals)
        {
            resources.Add(ServiceRequestOf(referral));
            resources.Add(TaskOf(referral));
        }
        resources.AddRange(record.Measures.Select(ObservationOf));
        resources.AddRange(record.SelfAssessments.Select(QuestionnaireResponseOf));
        resources.AddRange(record.Organisations.Values.OrderBy(o => o.Name).Select(OrganizationOf));
        foreach (var professional in record.Professionals.Values.OrderBy(p => p.LastName))
        {
            resources.Add(PractitionerOf(professional));
            resources.Add(PractitionerRoleOf(professional));
        }
        return resources;
    }
}
