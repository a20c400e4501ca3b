using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Assessment;

public class DecidingTheLevelOfSupportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static SupportCase CaseAt(CaseStage stage, ServicePath path = ServicePath.Unemployed)
    {
        var c = SupportCase.Open(Guid.NewGuid(), path, CaseStage.Concern, Guid.NewGuid(), null, Now);
        foreach (var s in new[] { CaseStage.SeekingService, CaseStage.NeedAssessment, CaseStage.CoordinatorAssessment, CaseStage.Team, CaseStage.Services, CaseStage.FollowUp }.Where(s => s <= stage))
        {
            c.Advance(s, null, Now);
        }
        return c;
    }

    [Theory]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.SelfCareWithGuidance, CaseStage.Services)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.LowThresholdService, CaseStage.Services)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.Typ, CaseStage.Services)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.CoordinatorConsultation, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.CoordinatorReferral, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.WorkAbilitySupportTeam, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.NeedAssessment, LevelOfSupport.SpecialExpertiseTeam, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.CoordinatorAssessment, LevelOfSupport.WorkAbilitySupportTeam, CaseStage.Team)]
    [InlineData(CaseStage.CoordinatorAssessment, LevelOfSupport.CoordinatorConsultation, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.CoordinatorAssessment, LevelOfSupport.LowThresholdService, CaseStage.Services)]
    [InlineData(CaseStage.Concern, LevelOfSupport.WorkAbilitySupportTeam, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.SeekingService, LevelOfSupport.SelfCareWithGuidance, CaseStage.Services)]
    public void Decision_MovesTheCase_WhereTheLevelBelongs(CaseStage from, LevelOfSupport level, CaseStage expected)
    {
        var c = CaseAt(from);
        c.DecideLevelOfSupport(level, null, Now.AddDays(1));
        Assert.Equal(expected, c.Stage);
        var decided = Assert.Single(c.Events, e => e.Kind == CaseEventKind.LevelOfSupportDecided);
        Assert.Equal(level.ToString(), decided.Note);
    }

    [Fact]
    public void FromSeekingService_TheCasePassesThroughTheNeedAssessment()
    {
        var c = CaseAt(CaseStage.SeekingService);
        c.DecideLevelOfSupport(LevelOfSupport.WorkAbilitySupportTeam, null, Now.AddDays(1));
        Assert.Equal([CaseStage.NeedAssessment, CaseStage.CoordinatorAssessment],
            c.Events.Where(e => e.Kind == CaseEventKind.Advanced && e.OccurredAt == Now.AddDays(1)).Select(e => e.ToStage!.Value));
    }

    [Theory]
    [InlineData(CaseStage.Team)]
    [InlineData(CaseStage.Services)]
    [InlineData(CaseStage.FollowUp)]
    public void LaterStages_MustReturnForReassessmentFirst(CaseStage stage)
    {
        var c = CaseAt(stage);
        Assert.Equal("level_needs_reassessment", Assert.Throws<DomainRuleException>(() => c.DecideLevelOfSupport(LevelOfSupport.Typ, null, Now)).Code);
        c.ReturnForReassessment(CaseStage.NeedAssessment, "Tilanne muuttui", null, Now);
        c.DecideLevelOfSupport(LevelOfSupport.Typ, null, Now);
        Assert.Equal(CaseStage.Services, c.Stage);
    }

    [Theory]
    [InlineData(ServicePath.Unemployed, false)]
    [InlineData(ServicePath.EmployedWithoutOccupationalHealth, false)]
    [InlineData(ServicePath.EmployedWithOccupationalHealth, true)]
    public void OccupationalHealth_IsALevelOnlyForEmployeesWhoHaveIt(ServicePath path, bool allowed)
    {
        var c = CaseAt(CaseStage.NeedAssessment, path);
        if (allowed)
        {
            c.DecideLevelOfSupport(LevelOfSupport.OccupationalHealth, null, Now);
            Assert.Equal(CaseStage.Services, c.Stage);
        }
        else
        {
            Assert.Equal("level_needs_occupational_health",
                Assert.Throws<DomainRuleException>(() => c.DecideLevelOfSupport(LevelOfSupport.OccupationalHealth, null, Now)).Code);
            var ex = Assert.Throws<DomainValidationException>(() =>
                NeedAssessment.Record(c, Guid.NewGuid(), "a", "b", null, 5, LevelOfSupport.OccupationalHealth, "c", null, Now));
            Assert.Equal(new FieldError("level", "level_needs_occupational_health"), Assert.Single(ex.Errors));
        }
    }

    [Fact]
    public void Assessment_NeedsBothViews_AReasonedLevel_AndAScoreFrom0To10()
    {
        var c = CaseAt(CaseStage.NeedAssessment);
        var ex = Assert.Throws<DomainValidationException>(() => NeedAssessment.Record(c, Guid.NewGuid(), " ", "", null, 11, null, "", null, Now));
        Assert.Equal(["clientView", "level", "professionalView", "reasons", "workAbilityScore"], ex.Errors.Select(e => e.Field).Order());
        var ok = NeedAssessment.Record(c, Guid.NewGuid(), "”En jaksa”", "Uupumus", "Kykyviisari", 4, LevelOfSupport.WorkAbilitySupportTeam, "Monta palvelua", true, Now);
        Assert.Equal(CaseStage.NeedAssessment, ok.AssessedInStage);
        Assert.True(ok.LikelyTypClient);
    }
}
