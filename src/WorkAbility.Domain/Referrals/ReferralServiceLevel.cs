using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Referrals;

/// <summary>
/// The service level a referral is held to (F41): answered – accepted or declined – by its respond-by day, a set number
/// of working days (Finnish public holidays, Christmas Eve and Midsummer Eve are not) after the day it was sent. Past
/// that day the provider and the sending team are told; after <see cref="OverdueWorkingDays"/> it is a risk and the
/// case's coordinator is told; a referral still without an outcome <see cref="OutcomeDays"/> days after sending is a risk.
/// </summary>
public static class ReferralServiceLevel
{
    public const int OverdueWorkingDays = 14;
    public const int OutcomeDays = 90;

    /// <summary>The working day <paramref name="workingDays"/> working days after the Finnish day the referral was sent.</summary>
    public static DateOnly RespondBy(DateTimeOffset sentAt, int workingDays) => WorkingDays.After(FinnishCalendar.DateOf(sentAt), workingDays);

    /// <summary>Unanswered and past its respond-by day.</summary>
    public static bool IsLate(ReferralStatus status, DateOnly respondBy, DateOnly today) =>
        status is ReferralStatus.Sent or ReferralStatus.Received && today > respondBy;

    /// <summary>Unanswered for <see cref="OverdueWorkingDays"/> working days or more.</summary>
    public static bool IsOverdue(ReferralStatus status, DateTimeOffset sentAt, DateOnly today) =>
        status is ReferralStatus.Sent or ReferralStatus.Received && WorkingDays.Between(FinnishCalendar.DateOf(sentAt), today) >= OverdueWorkingDays;

    /// <summary>Whether an answer came in time: on or before the respond-by day, in Finnish time.</summary>
    public static bool AnsweredInTime(DateTimeOffset answeredAt, DateOnly respondBy) => FinnishCalendar.DateOf(answeredAt) <= respondBy;

    /// <summary>Working days from sending to the answer (0 when answered the same day).</summary>
    public static int WorkingDaysToAnswer(DateTimeOffset sentAt, DateTimeOffset answeredAt) =>
        WorkingDays.Between(FinnishCalendar.DateOf(sentAt), FinnishCalendar.DateOf(answeredAt));
}
