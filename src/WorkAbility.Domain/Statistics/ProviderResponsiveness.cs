using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Statistics;

/// <summary>One referral as the providers' figures count it (F41).</summary>
public sealed record ReferralFact(Guid ProviderId, DateTimeOffset SentAt, DateOnly RespondBy, DateTimeOffset? AnsweredAt, ReferralStatus Status,
    ReferralOutcomeCode? OutcomeCode, DateTimeOffset StatusChangedAt);

/// <summary>A share of a group: how many of how many, and the per cent only when the group is large enough to show.</summary>
public sealed record ProviderShare(PublishedValue Count, PublishedValue Of, int? Percent);

/// <summary>
/// How one provider organisation answers its referrals (F41), the figures <c>referral.acceptanceDays</c> (median working
/// days from sending to accepting), <c>referral.answeredInTime</c> (accepted or declined by the respond-by day, of those
/// whose day has come), <c>referral.withOutcome</c> (closed with a coded outcome within 90 days, of those sent 90 days
/// ago or more) and <c>referral.declineReason</c> (declines by their coded reason).
/// </summary>
public sealed record ProviderFigures(Guid ProviderId, PublishedValue Sent, int? MedianAcceptanceDays, ProviderShare AnsweredInTime,
    ProviderShare WithOutcome, IReadOnlyList<PublishedCell> DeclineReasons);

/// <summary>
/// Counts <see cref="ProviderFigures"/> from a provider's referrals of a period, protected as every figure is: a count
/// under <see cref="SmallGroups.Threshold"/> is not shown, nor a median or a share of a group that small.
/// </summary>
public static class ProviderResponsiveness
{
    public const string AcceptanceDays = "referral.acceptanceDays";
    public const string AnsweredInTimeCode = "referral.answeredInTime";
    public const string WithOutcomeCode = "referral.withOutcome";
    public const string DeclineReason = "referral.declineReason";

    public static ProviderFigures Of(Guid providerId, IReadOnlyCollection<ReferralFact> referrals, DateOnly today)
    {
        var accepted = referrals.Where(r => r.AnsweredAt is not null && !(r.OutcomeCode is { } code && ReferralOutcomes.IsDeclineReason(code)))
            .Select(r => ReferralServiceLevel.WorkingDaysToAnswer(r.SentAt, r.AnsweredAt!.Value)).Order().ToList();
        var due = referrals.Where(r => IsDue(r, today)).ToList();
        int inTime = due.Count(r => r.AnsweredAt is { } at && ReferralServiceLevel.AnsweredInTime(at, r.RespondBy));
        var mature = referrals.Where(r => FinnishCalendar.DateOf(r.SentAt).AddDays(ReferralServiceLevel.OutcomeDays) <= today).ToList();
        int coded = mature.Count(r => r.OutcomeCode is not null &&
            FinnishCalendar.DateOf(r.StatusChangedAt) <= FinnishCalendar.DateOf(r.SentAt).AddDays(ReferralServiceLevel.OutcomeDays));
        var declines = ReferralOutcomes.DeclineReasons
            .Select(code => new PublishedCell(code.ToString(), new PublishedValue(SmallGroups.Reveal(referrals.Count(r => r.Status is ReferralStatus.Declined && r.OutcomeCode == code)))))
            .ToList();
        return new ProviderFigures(providerId, new PublishedValue(SmallGroups.Reveal(referrals.Count)),
            accepted.Count >= SmallGroups.Threshold ? accepted[(accepted.Count - 1) / 2] : null,
            Share(inTime, due.Count), Share(coded, mature.Count), declines);
    }

    /// <summary>
    /// Whether its respond-by day has come: answered, or the day has passed – unless the team withdrew it before the day
    /// came, when the provider was never late.
    /// </summary>
    public static bool IsDue(ReferralFact r, DateOnly today) =>
        r.AnsweredAt is not null ||
        (today > r.RespondBy && !(r.Status is ReferralStatus.Withdrawn && FinnishCalendar.DateOf(r.StatusChangedAt) <= r.RespondBy));

    private static ProviderShare Share(int count, int of) =>
        new(new PublishedValue(SmallGroups.Reveal(count)), new PublishedValue(SmallGroups.Reveal(of)),
            of >= SmallGroups.Threshold ? (int)Math.Round(100.0 * count / of, MidpointRounding.AwayFromZero) : null);
}
