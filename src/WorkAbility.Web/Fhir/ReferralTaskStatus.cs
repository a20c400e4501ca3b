using WorkAbility.Domain.Referrals;
using TaskStatus = Hl7.Fhir.Model.Task.TaskStatus;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// The referral's closed loop (F18) in the words of FHIR's Task state machine (HL7 Gravity's
/// closed-loop referral pattern). Both ways are exact: every referral status has one Task status
/// and back, so a provider's system moves a referral with the same rules as the page.
/// </summary>
public static class ReferralTaskStatus
{
    private static readonly (ReferralStatus Referral, TaskStatus Task)[] Pairs =
    [
        (ReferralStatus.Sent, TaskStatus.Requested),
        (ReferralStatus.Received, TaskStatus.Received),
        (ReferralStatus.Accepted, TaskStatus.Accepted),
        (ReferralStatus.Declined, TaskStatus.Rejected),
        (ReferralStatus.Started, TaskStatus.InProgress),
        (ReferralStatus.Completed, TaskStatus.Completed),
        (ReferralStatus.DidNotAttend, TaskStatus.Failed),
        (ReferralStatus.Withdrawn, TaskStatus.Cancelled),
    ];

    public static TaskStatus Of(ReferralStatus status) => Pairs.Single(p => p.Referral == status).Task;

    /// <summary>The referral status a Task status stands for; none for Task statuses the loop does not use (draft, ready, on-hold…).</summary>
    public static ReferralStatus? ToReferral(TaskStatus status) =>
        Pairs.Where(p => p.Task == status).Select(p => (ReferralStatus?)p.Referral).SingleOrDefault();
}
