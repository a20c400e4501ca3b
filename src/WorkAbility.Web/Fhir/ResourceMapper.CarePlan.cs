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
}
