using Hl7.Fhir.Model;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Referrals;
using Task = Hl7.Fhir.Model.Task;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// A provider's system moving a referral by updating its Task (HL7 Gravity closed loop): the new
/// Task status is the move, the status reason a decline's coded reason (and words), and a completion's outputs carry
/// what was delivered, whether the client got the help sought and the employment outcome (F19, F41) – read here into
/// the same request the provider's page sends.
/// </summary>
public static class ReferralTaskOutput
{
    public const string EmploymentOutcome = "employment-outcome";
    public const string HoursPerWeek = "hours-per-week";
    public const string Employer = "employer";
    public const string Delivered = "delivered";
    public const string DeliveredService = "delivered-service";
    public const string GotHelp = "got-help";

    /// <summary>The unit a delivered amount is counted in, as the Quantity's unit and annotation: visits or days.</summary>
    public static string UnitCode(DeliveryUnit unit) => unit is DeliveryUnit.Days ? "days" : "visits";

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
        bool? gotHelp = null;
        int? delivered = null;
        DeliveryUnit? unit = null;
        ReferralOutcomeCode? reasonCode = null;
        if (task.StatusReason?.Coding.FirstOrDefault(c => c.System == FhirSystems.ReferralOutcomes) is { } reasonCoding)
        {
            reasonCode = Enum.GetValues<ReferralOutcomeCode>().Where(o => ResourceMapper.Code(o) == reasonCoding.Code).Select(o => (ReferralOutcomeCode?)o).FirstOrDefault();
            if (reasonCode is null)
            {
                problems.Add(("Unknown referral outcome code in Task.statusReason: no-capacity, not-eligible, client-declined, could-not-contact, referred-elsewhere or other.", "Task.statusReason"));
            }
        }
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
                case (GotHelp, FhirBoolean yes):
                    gotHelp = yes.Value;
                    break;
                case (Delivered, Quantity quantity):
                    delivered = quantity.Value is { } v && v == decimal.Truncate(v) && v is >= 1 and <= ReferralOutcomes.MaxDelivered ? (int)v : 0;
                    unit = quantity.Unit switch { "visits" => DeliveryUnit.Visits, "days" => DeliveryUnit.Days, _ => null };
                    if (unit is null)
                    {
                        problems.Add(("Task.output 'delivered' is a Quantity in 'visits' or 'days'.", "Task.output.value"));
                    }
                    break;
                case (DeliveredService, CodeableConcept):
                    // The service delivered is the referral's own; it is written out for the reader, not taken in.
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
            ReasonCode = reasonCode,
            Reason = reasonCode is ReferralOutcomeCode.Other or null ? task.StatusReason?.Text : NullIfCode(task.StatusReason?.Text, reasonCode.Value),
            GotHelp = gotHelp,
            DeliveredAmount = delivered,
            DeliveredUnit = unit,
            EmploymentOutcome = outcome,
            HoursPerWeek = hours,
            Employer = employer,
            Version = version ?? task.Meta?.VersionId,
        };
    }

    /// <summary>The status reason's text as words of its own: not when it only repeats the code this product wrote there.</summary>
    private static string? NullIfCode(string? text, ReferralOutcomeCode code) => text == code.ToString() ? null : text;
}
