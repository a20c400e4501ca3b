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
public sealed class ResourceMapper(ClientRecord record, bool document = false)
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
                new Patient.CommunicationComponent { Language = new CodeableConcept(FhirSystems.Language, client.PreferredLanguage), Preferred = true },
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

    // ---- CarePlan and Goals -------------------------------------------------------------

    /// <summary>
    /// The work ability support plan (F14) at its current version: the client's own goal and the
    /// agreed goals as Goals, each action as an activity – a referral's ServiceRequest where the
    /// action was sent to its provider, otherwise the action itself with its service, performer,
    /// dates and status – the next meeting as a scheduled activity, the rest as notes.
    /// </summary>
    public CarePlan? CarePlan() =>
        record.Plan is { } plan ? CarePlanOf(plan.Content, plan.Number, plan.SavedById, plan.SavedAt) : null;

    public CarePlan CarePlanOf(PlanContent content, int number, Guid savedById, DateTimeOffset savedAt)
    {
        var plan = record.Plan!;
        var supportCase = record.Case!;
        var carePlan = new CarePlan
        {
            Id = plan.Id.ToString(),
            Meta = new Meta { VersionId = number.ToString(CultureInfo.InvariantCulture), LastUpdated = savedAt },
            Status = supportCase.IsActive ? RequestStatus.Active : RequestStatus.Completed,
            Intent = Hl7.Fhir.Model.CarePlan.CarePlanIntent.Plan,
            Title = "Työkyvyn tuen suunnitelma",
            Description = content.ClientGoal,
            Subject = PatientRef,
            Period = new Period { Start = Instant(plan.CreatedAt), End = supportCase.EndedAt is { } ended ? Instant(ended) : null },
            Created = Instant(plan.CreatedAt),
            Author = PractitionerRef(savedById),
            CareTeam = record.Team is null ? [] : [Ref("CareTeam", supportCase.Id)],
        };
        // The goals live only in the plan, so they travel inside it and every reference to them resolves.
        foreach (var goal in Goals(content))
        {
            carePlan.Contained.Add(goal);
            carePlan.Goal.Add(new ResourceReference("#" + goal.Id));
        }
        var referralByAction = record.Referrals.Where(r => r.PlanActionId is not null)
            .GroupBy(r => r.PlanActionId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.SentAt).Last());
        foreach (var action in content.Actions)
        {
            if (referralByAction.TryGetValue(action.Id, out var referral))
            {
                carePlan.Activity.Add(new CarePlan.ActivityComponent { Reference = Ref("ServiceRequest", referral.Id, action.Title) });
                continue;
            }
            var detail = new CarePlan.DetailComponent
            {
                Status = ActivityStatus(action.Status),
                Description = action.Note is { Length: > 0 } note ? $"{action.Title}: {note}" : action.Title,
                Code = action.ServiceId is { } serviceId && record.Services.TryGetValue(serviceId, out var service)
                    ? new CodeableConcept(FhirSystems.Services, service.Id.ToString(), service.Name) { Text = service.Name }
                    : new CodeableConcept { Text = action.Title },
                Scheduled = action.StartOn is null && action.DueOn is null ? null : new Period
                {
                    Start = action.StartOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    End = action.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
            };
            var performer = action.Party switch
            {
                ResponsibleParty.Client => PatientRef,
                ResponsibleParty.Professional => PractitionerRef(action.ResponsibleProfessionalId),
                ResponsibleParty.Organisation => OrganizationRef(action.ResponsibleOrganisationId),
                _ => null,
            };
            if (performer is not null)
            {
                detail.Performer.Add(performer);
            }
            carePlan.Activity.Add(new CarePlan.ActivityComponent { Detail = detail });
        }
        if (content.NextMeetingAt is { } next)
        {
            carePlan.Activity.Add(new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent
                {
                    Kind = Hl7.Fhir.Model.CarePlan.CarePlanActivityKind.Appointment,
                    Status = Hl7.Fhir.Model.CarePlan.CarePlanActivityStatus.Scheduled,
                    Description = "Seuraava tiimipalaveri",
                    Scheduled = new Period { Start = Instant(next) },
                },
            });
        }
        foreach (var text in Notes(content))
        {
            carePlan.Note.Add(new Annotation { Text = new Markdown(text) });
        }
        return carePlan;
    }

    /// <summary>The client's own goal (expressed by the client; its id is the plan's) and the agreed goals, contained in the plan.</summary>
    private IReadOnlyList<Goal> Goals(PlanContent content)
    {
        var plan = record.Plan!;
        var lifecycle = record.Case!.IsActive ? Goal.GoalLifecycleStatus.Active : Goal.GoalLifecycleStatus.Completed;
        var goals = new List<Goal>
        {
            new()
            {
                Id = plan.Id.ToString(),
                LifecycleStatus = lifecycle,
                Description = new CodeableConcept { Text = content.ClientGoal },
                Subject = PatientRef,
                ExpressedBy = PatientRef,
            },
        };
        goals.AddRange(content.Goals.Select(g => new Goal
        {
            Id = g.Id.ToString(),
            LifecycleStatus = lifecycle,
            Description = new CodeableConcept { Text = g.Text },
            Subject = PatientRef,
        }));
        return goals;
    }

    private static IEnumerable<string> Notes(PlanContent content)
    {
        if (content.Responsibilities is { Length: > 0 } responsibilities)
        {
            yield return "Roolit ja vastuut: " + responsibilities;
        }
        if (content.FollowUpEveryWeeks is { } weeks)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Seuranta {weeks} viikon välein")
                + (content.FirstFollowUpOn is { } first ? ", ensimmäinen " + first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
        }
        if (content.Evaluation is { Length: > 0 } evaluation)
        {
            yield return "Arviointi: " + evaluation;
        }
        if (content.EstimatedSupportMonths is { } months)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Arvioitu tuen tarve {months} kuukautta");
        }
        foreach (var other in content.OtherPlans)
        {
            yield return $"Yhteensovitettu suunnitelma ({other.Kind}): {other.Reference}, {other.Owner}"
                + (other.ReconciliationNote is { Length: > 0 } note ? " – " + note : "");
        }
    }

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
    /// status is the referral's (<see cref="ReferralTaskStatus"/>), the reason of a decline is its
    /// status reason and the employment outcome its output.
    /// </summary>
    public Task TaskOf(Referral referral)
    {
        var task = new Task
        {
            Id = referral.Id.ToString(),
            Meta = new Meta { VersionId = referral.Version.ToString() },
            Status = ReferralTaskStatus.Of(referral.Status),
            BusinessStatus = new CodeableConcept(FhirSystems.ReferralStatuses, Code(referral.Status), referral.Status.ToString()),
            Intent = Hl7.Fhir.Model.Task.TaskIntent.Order,
            Code = new CodeableConcept("http://hl7.org/fhir/CodeSystem/task-code", "fulfill", "Fulfill the focal request"),
            Focus = Ref("ServiceRequest", referral.Id),
            For = PatientRef,
            AuthoredOn = Instant(referral.SentAt),
            LastModified = Instant(referral.StatusChangedAt < referral.SentAt ? referral.SentAt : referral.StatusChangedAt),
            Requester = PractitionerRef(referral.SentById),
            Owner = OrganizationRef(referral.ToOrganisationId),
        };
        if (referral.DeclineReason is { Length: > 0 } reason)
        {
            task.StatusReason = new CodeableConcept { Text = reason };
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
