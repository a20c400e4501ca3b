using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>F41: each provider's figures – working days to accept, answered in time, coded outcome in 90 days, declines by reason.</summary>
public class CountingHowProvidersAnswerTests
{
    private static readonly Guid Provider = Guid.NewGuid();
    private static readonly DateOnly Today = new(2027, 6, 1);

    /// <summary>Sent on a Monday at noon; answered <paramref name="workingDays"/> working days later (null: not answered).</summary>
    private static ReferralFact Sent(DateOnly monday, int? workingDays, ReferralStatus status, ReferralOutcomeCode? code = null, int closedAfterDays = 10)
    {
        var sentAt = FinnishCalendar.NoonOf(monday);
        var answered = workingDays is { } d ? FinnishCalendar.NoonOf(WorkingDays.After(monday, d)) : (DateTimeOffset?)null;
        return new ReferralFact(Provider, sentAt, ReferralServiceLevel.RespondBy(sentAt, 2), answered, status, code, sentAt.AddDays(closedAfterDays));
    }

    [Fact]
    public void TheMedian_ShareInTime_AndDeclineReasons_AreCounted_AndSmallGroupsHidden()
    {
        var monday = new DateOnly(2027, 1, 11);
        List<ReferralFact> referrals =
        [
            Sent(monday, 0, ReferralStatus.Completed, ReferralOutcomeCode.GotHelp),
            Sent(monday, 1, ReferralStatus.Completed, ReferralOutcomeCode.NoHelp),
            Sent(monday, 2, ReferralStatus.Started),
            Sent(monday, 3, ReferralStatus.Accepted),
            Sent(monday, 5, ReferralStatus.Accepted),
            Sent(monday, 1, ReferralStatus.Declined, ReferralOutcomeCode.NoCapacity),
            Sent(monday, 2, ReferralStatus.Declined, ReferralOutcomeCode.NoCapacity),
            Sent(monday, 1, ReferralStatus.Declined, ReferralOutcomeCode.NoCapacity),
            Sent(monday, 9, ReferralStatus.Declined, ReferralOutcomeCode.NoCapacity),
            Sent(monday, 2, ReferralStatus.Declined, ReferralOutcomeCode.NoCapacity),
            Sent(monday, null, ReferralStatus.Received),
            Sent(monday, null, ReferralStatus.Withdrawn, ReferralOutcomeCode.WithdrawnByTeam, closedAfterDays: 1), // withdrawn before its day: not due
        ];
        var figures = ProviderResponsiveness.Of(Provider, referrals, Today);
        Assert.Equal(12, figures.Sent.Value);
        Assert.Equal(2, figures.MedianAcceptanceDays);                              // 0, 1, 2, 3, 5
        Assert.Equal((7, 11, 64), (figures.AnsweredInTime.Count.Value, figures.AnsweredInTime.Of.Value, figures.AnsweredInTime.Percent));
        Assert.Equal(5, figures.DeclineReasons.Single(c => c.Category == nameof(ReferralOutcomeCode.NoCapacity)).Count.Value);
        Assert.All(figures.DeclineReasons.Where(c => c.Category != nameof(ReferralOutcomeCode.NoCapacity)), c => Assert.Equal(0, c.Count.Value));
        // All sent more than 90 days ago; 8 closed with a code within ten days, the received, accepted and started ones not.
        Assert.Equal((8, 12, 67), (figures.WithOutcome.Count.Value, figures.WithOutcome.Of.Value, figures.WithOutcome.Percent));
    }

    [Fact]
    public void AProviderWithFewReferrals_ShowsNoMedianNoShareAndNoSmallCounts()
    {
        var monday = new DateOnly(2027, 5, 24);
        List<ReferralFact> referrals = [Sent(monday, 0, ReferralStatus.Accepted), Sent(monday, 1, ReferralStatus.Declined, ReferralOutcomeCode.NotEligible)];
        var figures = ProviderResponsiveness.Of(Provider, referrals, Today);
        Assert.Null(figures.Sent.Value);
        Assert.Null(figures.MedianAcceptanceDays);
        Assert.Null(figures.AnsweredInTime.Percent);
        Assert.Null(figures.DeclineReasons.Single(c => c.Category == nameof(ReferralOutcomeCode.NotEligible)).Count.Value);
        // Sent a week ago: none is 90 days old, so the outcome share has nothing to count yet.
        Assert.Equal(0, figures.WithOutcome.Of.Value);
    }

    [Fact]
    public void AnAnswerAfterTheDay_OrNoneAtAll_IsNotInTime()
    {
        var monday = new DateOnly(2027, 3, 1);
        var late = Sent(monday, 3, ReferralStatus.Accepted);
        var never = Sent(monday, null, ReferralStatus.Sent);
        Assert.True(ProviderResponsiveness.IsDue(late, Today) && ProviderResponsiveness.IsDue(never, Today));
        Assert.False(ProviderResponsiveness.IsDue(never, new DateOnly(2027, 3, 3))); // its respond-by day
        var figures = ProviderResponsiveness.Of(Provider, [late, never, Sent(monday, 2, ReferralStatus.Accepted), Sent(monday, 2, ReferralStatus.Accepted), Sent(monday, 1, ReferralStatus.Accepted)], Today);
        Assert.Equal(60, figures.AnsweredInTime.Percent);
    }
}
