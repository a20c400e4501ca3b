using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.FollowUp;

/// <summary>F33: the low-threshold route has an owner and a follow-up date; without either it is a risk.</summary>
public class OwningTheLowThresholdRouteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData(LevelOfSupport.SelfCareWithGuidance, true)]
    [InlineData(LevelOfSupport.LowThresholdService, true)]
    [InlineData(LevelOfSupport.CoordinatorReferral, false)]
    [InlineData(LevelOfSupport.WorkAbilitySupportTeam, false)]
    public void TheDecider_OwnsOnlyTheLowThresholdRoute(LevelOfSupport level, bool owned)
    {
        var nurse = Guid.NewGuid();
        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, Guid.NewGuid(), nurse, Now);
        supportCase.DecideLevelOfSupport(level, nurse, Now);
        Assert.Equal(level, supportCase.Level);
        Assert.Equal(owned ? nurse : null, supportCase.OwnerId);
        // The owner may follow the case up while it has no team; another professional may not.
        Assert.Equal(owned, CaseTeam.MayWorkOnCase(null, nurse, supportCase.CoordinatorId, supportCase.OwnerId));
        Assert.False(CaseTeam.MayWorkOnCase(null, Guid.NewGuid(), supportCase.CoordinatorId, supportCase.OwnerId));
    }

    [Fact]
    public void TheFirstFollowUp_IsAgreed_OnTheLowThresholdRouteOnly()
    {
        Assert.Null(LowThresholdRoute.FirstFollowUp(LevelOfSupport.WorkAbilitySupportTeam, null, Today));
        Assert.Null(LowThresholdRoute.FirstFollowUp(null, null, Today));
        Assert.Equal("low_threshold_needs_follow_up",
            Assert.Single(Assert.Throws<DomainValidationException>(() => LowThresholdRoute.FirstFollowUp(LevelOfSupport.SelfCareWithGuidance, null, Today)).Errors).Code);
        Assert.Equal("date_in_past",
            Assert.Single(Assert.Throws<DomainValidationException>(() => LowThresholdRoute.FirstFollowUp(LevelOfSupport.LowThresholdService, Today.AddDays(-1), Today)).Errors).Code);
        Assert.Equal("follow_up_too_far",
            Assert.Single(Assert.Throws<DomainValidationException>(() => LowThresholdRoute.NextFollowUp(Today.AddMonths(12).AddDays(1), Today)).Errors).Code);
        Assert.Equal(Today, LowThresholdRoute.FirstFollowUp(LevelOfSupport.SelfCareWithGuidance, Today, Today));
        Assert.Equal(Today.AddMonths(12), LowThresholdRoute.NextFollowUp(Today.AddMonths(12), Today));
    }

    private static RiskFacts Facts(bool ownerActive = true, Guid? coordinator = null, DateOnly? due = null, bool hasTeam = false,
        CaseStage stage = CaseStage.Services, bool lowThreshold = true) => new()
    {
        Stage = stage, Path = ServicePath.Unemployed, OpenedAt = Now.AddDays(-30), LowThresholdLevel = lowThreshold, OwnerActive = ownerActive,
        CoordinatorId = coordinator, EarliestOpenDueOn = due, HasTeam = hasTeam, HasValidConsent = true,
    };

    private static bool Fires(RiskFacts f) =>
        RiskRadar.Evaluate(f, new RiskThresholds(), Now).Any(r => r.Code == RiskCode.LowThresholdWithoutOwnerOrFollowUp);

    [Fact]
    public void AStrandedLowThresholdCase_IsARisk_UntilSomebodyOwnsItWithADate()
    {
        Assert.False(Fires(Facts(due: Today.AddDays(10))));                               // owned, date agreed
        Assert.True(Fires(Facts(due: null)));                                            // owned, no date
        Assert.True(Fires(Facts(ownerActive: false, due: Today.AddDays(10))));           // the owner has left
        Assert.False(Fires(Facts(ownerActive: false, coordinator: Guid.NewGuid(), due: Today.AddDays(10))));   // a coordinator took it on
        Assert.True(Fires(Facts(ownerActive: false, coordinator: Guid.NewGuid(), due: null)));
        Assert.False(Fires(Facts(due: null, hasTeam: true)));                            // a team follows it up
        Assert.False(Fires(Facts(due: null, lowThreshold: false)));                      // not the low-threshold route
        Assert.True(Fires(Facts(due: null, stage: CaseStage.FollowUp)));
        Assert.False(Fires(Facts(due: null, stage: CaseStage.Ended)));
    }
}
