using Hl7.Fhir.Model;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Referrals;
using Task = Hl7.Fhir.Model.Task;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// A provider's system moving a referral by updating its Task (HL7 Gravity closed loop): the new
/// Task status is the move, the status reason is a decline's reason, and a completion's outputs
/// carry the employment outcome (F19) – read here into the same request the provider's page sends.
/// </summary>
public static class ReferralTaskOutput
{
    public const string EmploymentOutcome = "employment-outcome";
    public const string HoursPerWeek = "hours-per-week";
    public const string Employer = "employer";

    public static MoveReferral.Request ToMove(Task task, string? version)
    {
        var problems = new List<(string, string?)>();
        var to = task.Status is { } status ? ReferralTaskStatus.ToReferral(status) : null;
        if (to is null)
        {
            problems.Add(("Task.status must be one the referral loop uses: received, accepted, rejected, in-progress, completed, failed or cancelled.", "Task.status"));
        }
        EmploymentOutcome? outcome = null;
        int? hours = null;
        string? employer = null;
        foreach (var output in task.Output)
        {
            var type = output.Type?.Coding.FirstOrDefault(c => c.System == FhirSystems.TaskOutputs)?.Code;
            switch (type, output.Value)
            {
                case (EmploymentOutcome, CodeableConcept concept):
                    var code = concept.Coding.FirstOrDefault(c => c.System == FhirSystems.EmploymentOutcomes)?.Code;
                    outcome = Enum.GetValues<EmploymentOutcome>().Where(o => ResourceMapper.Code(o) == code).Select(o => (EmploymentOutcome?)o).FirstOrDefault();
                    if (outcome is null)
                    {
                        problems.Add(("Unknown employment outcome: work-trial, paid-work, paid-work-with-wage-subsidy or no-placement.", "Task.output.value"));
                    }
                    break;
                case (HoursPerWeek, Integer integer):
                    hours = integer.Value;
                    break;
                case (Employer, FhirString text):
                    employer = text.Value;
                    break;
                default:
                    problems.Add(($"Task.output of type '{type}' is not understood here.", "Task.output.type"));
                    break;
            }
        }
        if (problems.Count > 0)
        {
            throw new FhirInvalidException(OperationOutcomes.Many(problems));
        }
        return new MoveReferral.Request
        {
            Status = to,
            Reason = task.StatusReason?.Text,
            Outcome = outcome,
            HoursPerWeek = hours,
            Employer = employer,
            Version = version ?? task.Meta?.VersionId,
        };
    }
}
