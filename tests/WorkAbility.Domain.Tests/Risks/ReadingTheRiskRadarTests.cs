using Microsoft.Extensions.Time.Testing;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Risks;

/// <summary>
/// Every rule of the risk radar (F24) at its threshold: silent on the last allowed day, firing on
/// the first day past it. The clock is a FakeTimeProvider moved day by day, as time passes for a case.
/// </summary>
public class ReadingTheRiskRadarTests
{
    // 09.00 in Helsinki (UTC+2 in November).
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly StartDay = new(2026, 11, 2);
    private static readonly RiskThresholds T = new();

    private static readonly RiskFacts Working = new()
    {
        Stage = CaseStage.Services,
        Path = ServicePath.Unemployed,
        OpenedAt = Start,
        CoordinatorId = Guid.NewGuid(),
        HasTeam = true,
        TeamFormedAt = Start,
        HasValidConsent = true,
        CaseManagerId = Guid.NewGuid(),
        CaseManagerSince = Start,
        HasPlan = true,
        PlanHasResponsibleProfessionals = true,
        PlanFollowUpEveryWeeks = 4,
        PlanNextMeetingAt = Start.AddDays(60),
    };

    private static bool Fires(RiskCode code, RiskFacts facts, FakeTimeProvider clock) =>
        RiskRadar.Evaluate(facts, T, clock.GetUtcNow()).Any(f => f.Code == code);

    /// <summary>Silent after <paramref name="days"/> days, firing one day later.</summary>
    private static void FiresAfter(RiskCode code, RiskFacts facts, int days)
    {
        var clock = new FakeTimeProvider(Start);
        clock.Advance(TimeSpan.FromDays(days));
        Assert.False(Fires(code, facts, clock), $"{code} fired on day {days}");
        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(Fires(code, facts, clock), $"{code} silent on day {days + 1}");
    }

    [Fact]
    public void EveryRiskCode_HasARule()
    {
        Assert.Equal(Enum.GetValues<RiskCode>().Order(), RiskRadar.Rules.Select(r => r.Code).Order());
    }

    [Fact]
    public void AWorkingCase_ShowsNoRisk()
    {
        var clock = new FakeTimeProvider(Start);
        clock.Advance(TimeSpan.FromDays(10));
        Assert.Empty(RiskRadar.Evaluate(Working, T, clock.GetUtcNow()));
    }

    [Fact]
    public void ANeedNotRaisedWithTheClient_FiresAfterTheLimit() =>
        FiresAfter(RiskCode.NeedNotRaisedWithClient, Working with { Stage = CaseStage.Concern, OldestConcernNotRaisedAt = Start }, T.ConcernNotRaisedDays);

    [Fact]
    public void NoCoordinatorContact_FiresAfterTheLimit_AndNotOnceACoordinatorTakesTheCase()
    {
        var waiting = Working with { Stage = CaseStage.CoordinatorAssessment, CoordinatorId = null };
        FiresAfter(RiskCode.NoCoordinatorContact, waiting, T.CoordinatorContactDays);
        var clock = new FakeTimeProvider(Start.AddDays(40));
        Assert.False(Fires(RiskCode.NoCoordinatorContact, waiting with { CoordinatorId = Guid.NewGuid() }, clock));
    }

    [Fact]
    public void NoCoordinatorContact_DoesNotFire_WhileOccupationalHealthHoldsResponsibility()
    {
        var clock = new FakeTimeProvider(Start.AddDays(40));
        var atOccupationalHealth = Working with
        {
            Stage = CaseStage.NeedAssessment, Path = ServicePath.EmployedWithOccupationalHealth, CoordinatorId = null, OccupationalHealthResponsible = true,
        };
        Assert.False(Fires(RiskCode.NoCoordinatorContact, atOccupationalHealth, clock));
        Assert.True(Fires(RiskCode.NoCoordinatorContact, atOccupationalHealth with { OccupationalHealthResponsible = false }, clock));
    }

    [Fact]
    public void ATeamWithoutValidConsent_FiresAtOnce()
    {
        var clock = new FakeTimeProvider(Start);
        Assert.True(Fires(RiskCode.TeamWithoutValidConsent, Working with { HasValidConsent = false }, clock));
        Assert.False(Fires(RiskCode.TeamWithoutValidConsent, Working with { HasValidConsent = false, HasTeam = false }, clock));
    }

    [Fact]
    public void ATeamLackingAKeyActor_Fires()
    {
        var clock = new FakeTimeProvider(Start);
        Assert.True(Fires(RiskCode.TeamLacksKeyActor, Working with { MissingKeyActors = 1 }, clock));
        Assert.False(Fires(RiskCode.TeamLacksKeyActor, Working, clock));
    }

    [Fact]
    public void NoCaseManager_FiresFromTheTeamStageOn()
    {
        var clock = new FakeTimeProvider(Start);
        Assert.True(Fires(RiskCode.NoCaseManager, Working with { HasTeam = false, CaseManagerId = null }, clock));
        Assert.False(Fires(RiskCode.NoCaseManager, Working with { Stage = CaseStage.CoordinatorAssessment, HasTeam = false, CaseManagerId = null }, clock));
    }

    [Fact]
    public void APlanWithoutOwnersOrAnyNextMeeting_Fires()
    {
        var clock = new FakeTimeProvider(Start);
        Assert.True(Fires(RiskCode.PlanWithoutOwnersOrNextMeeting, Working with { PlanHasResponsibleProfessionals = false }, clock));
        Assert.True(Fires(RiskCode.PlanWithoutOwnersOrNextMeeting, Working with { PlanNextMeetingAt = null, PlanFollowUpEveryWeeks = null }, clock));
        Assert.False(Fires(RiskCode.PlanWithoutOwnersOrNextMeeting, Working with { PlanNextMeetingAt = null }, clock));
        // The agreed next meeting passes and nothing else is scheduled.
        FiresAfter(RiskCode.PlanWithoutOwnersOrNextMeeting, Working with { PlanNextMeetingAt = Start.AddDays(5).AddHours(1), PlanFollowUpEveryWeeks = null }, 5);
    }

    [Fact]
    public void AnOverdueFollowUp_FiresAfterTheGraceDays() =>
        FiresAfter(RiskCode.FollowUpOverdue, Working with { Stage = CaseStage.FollowUp, EarliestOpenDueOn = StartDay }, T.FollowUpOverdueDays);

    [Fact]
    public void MissedAppointments_FireAtTheThreshold()
    {
        var clock = new FakeTimeProvider(Start);
        Assert.False(Fires(RiskCode.MissedAppointments, Working with { MissedAppointments = T.MissedAppointments - 1 }, clock));
        Assert.True(Fires(RiskCode.MissedAppointments, Working with { MissedAppointments = T.MissedAppointments }, clock));
    }

    [Fact]
    public void AReferralWithoutOutcome_FiresAfterTheLimit() =>
        FiresAfter(RiskCode.ReferralWithoutOutcome, Working with { OldestOpenReferralSentAt = Start }, T.ReferralOutcomeDays);

    [Fact]
    public void ACaseManagerChangePendingTooLong_Fires() =>
        FiresAfter(RiskCode.CaseManagerChangePending, Working with { HandoverProposedAt = Start }, T.HandoverPendingDays);

    [Fact]
    public void NoContactSinceTheCaseManagerChanged_FiresAfterTheLimit_AndAContactSilencesIt()
    {
        var changed = Working with { TeamFormedAt = Start.AddDays(-30), CaseManagerSince = Start, LastContactOn = StartDay.AddDays(-3) };
        FiresAfter(RiskCode.NoContactSinceCaseManagerChange, changed, T.ContactAfterChangeDays);
        var clock = new FakeTimeProvider(Start.AddDays(40));
        Assert.False(Fires(RiskCode.NoContactSinceCaseManagerChange, changed with { LastContactOn = StartDay.AddDays(1) }, clock));
        Assert.False(Fires(RiskCode.NoContactSinceCaseManagerChange, Working, clock));   // the first case manager: not a change
    }

    [Fact]
    public void EndingWhileTheNeedRemains_Fires_ForTheWatchPeriod()
    {
        var ended = Working with { Stage = CaseStage.Ended, EndedAt = Start, Outcome = CaseOutcome.Other, LastReviewNeed = CurrentNeed.Continues };
        var clock = new FakeTimeProvider(Start);
        clock.Advance(TimeSpan.FromDays(T.EndedNeedWatchDays));
        Assert.True(Fires(RiskCode.EndedWhileNeedRemains, ended, clock));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.False(Fires(RiskCode.EndedWhileNeedRemains, ended, clock));
        var now = new FakeTimeProvider(Start.AddDays(1));
        Assert.False(Fires(RiskCode.EndedWhileNeedRemains, ended with { LastReviewNeed = CurrentNeed.Resolved }, now));
        Assert.False(Fires(RiskCode.EndedWhileNeedRemains, ended with { Outcome = CaseOutcome.Rehabilitation }, now));
    }

    [Fact]
    public void ALikelyTypClient_WithoutTypInThePlan_Fires_AfterTheLimit()
    {
        var typ = Working with { LikelyTypClient = true, LastAssessedAt = Start };
        FiresAfter(RiskCode.TypNotConsidered, typ, T.TypConsideredDays);
        var clock = new FakeTimeProvider(Start.AddDays(60));
        Assert.False(Fires(RiskCode.TypNotConsidered, typ with { PlanLinksTyp = true }, clock));
        Assert.False(Fires(RiskCode.TypNotConsidered, typ with { HasTypReferral = true }, clock));
    }

    [Fact]
    public void OhEmploymentEndedWithoutHandover_FiresAfterTheLimit_OnTheOhPathOnly()
    {
        var oh = Working with { Path = ServicePath.EmployedWithOccupationalHealth, EmploymentEndedOn = StartDay };
        FiresAfter(RiskCode.OhEmploymentEndedWithoutHandover, oh, T.OhHandoverDays);
        var clock = new FakeTimeProvider(Start.AddDays(60));
        Assert.False(Fires(RiskCode.OhEmploymentEndedWithoutHandover, oh with { Path = ServicePath.Unemployed }, clock));
    }

    [Fact]
    public void ThresholdsComeFromConfiguration()
    {
        var strict = T with { MissedAppointments = 1 };
        Assert.NotEmpty(RiskRadar.Evaluate(Working with { MissedAppointments = 1 }, strict, Start));
        Assert.Empty(RiskRadar.Evaluate(Working with { MissedAppointments = 1 }, T, Start));
    }
}
