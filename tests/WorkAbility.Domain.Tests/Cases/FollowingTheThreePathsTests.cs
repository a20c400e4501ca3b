using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Cases;

/// <summary>F20, F23, F25, F26 on the case itself: follow-up moves it on, OH keeps responsibility until it hands over.</summary>
public class FollowingTheThreePathsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Oh = Guid.NewGuid(), County = Guid.NewGuid(), OhNurse = Guid.NewGuid(), Coordinator = Guid.NewGuid();

    private static SupportCase OhCase()
    {
        var c = SupportCase.Open(Guid.NewGuid(), ServicePath.EmployedWithOccupationalHealth, CaseStage.NeedAssessment, Oh, OhNurse, Now);
        c.TakeOccupationalHealthResponsibility(Oh);
        return c;
    }

    [Fact]
    public void OccupationalHealth_HoldsOverallResponsibility_UntilItHandsTheClientOver()
    {
        var c = OhCase();
        Assert.Equal(Oh, c.ResponsibleOrganisationId);
        c.RecordEmploymentEnded(Today.AddDays(-3), Oh, OhNurse, Now, Today);
        c.HandOverFromOccupationalHealth(County, employmentEnded: true, Oh, OhNurse, Now);
        Assert.Equal((ServicePath.Unemployed, CaseStage.CoordinatorAssessment, (Guid?)County, County),
            (c.Path, c.Stage, c.HandedOverToOrganisationId, c.ResponsibleOrganisationId));
        Assert.Null(c.CoordinatorId);
        Assert.True(CoordinatorDeskRules.Waiting(County).Compile()(c));
        Assert.False(CoordinatorDeskRules.Waiting(Guid.NewGuid()).Compile()(c));

        Assert.Equal("oh_handover_not_yours", Assert.Throws<DomainRuleException>(() => c.ReceiveHandover(Coordinator, Guid.NewGuid(), Now)).Code);
        c.ReceiveHandover(Coordinator, County, Now);
        Assert.Equal(Coordinator, c.CoordinatorId);
    }

    [Fact]
    public void OnlyTheResponsibleOhUnit_OnItsPath_EndsEmploymentOrHandsOver()
    {
        var c = OhCase();
        Assert.Equal("oh_not_responsible", Assert.Throws<DomainRuleException>(() => c.HandOverFromOccupationalHealth(County, true, County, Coordinator, Now)).Code);
        Assert.Equal("oh_handover_to_county", Assert.Throws<DomainRuleException>(() => c.HandOverFromOccupationalHealth(Oh, true, Oh, OhNurse, Now)).Code);
        Assert.Equal("oh_end_date_range", Assert.Single(Assert.Throws<DomainValidationException>(
            () => c.RecordEmploymentEnded(Today.AddMonths(4), Oh, OhNurse, Now, Today)).Errors).Code);
        var unemployed = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, County, Coordinator, Now);
        Assert.Equal("oh_path_required", Assert.Throws<DomainRuleException>(() => unemployed.TakeOccupationalHealthResponsibility(Oh)).Code);
        Assert.Equal(County, unemployed.ResponsibleOrganisationId);
    }

    [Fact]
    public void ClientWhoCannotReturn_StaysEmployed_WithoutOccupationalHealth()
    {
        var c = OhCase();
        c.HandOverFromOccupationalHealth(County, employmentEnded: false, Oh, OhNurse, Now);
        Assert.Equal(ServicePath.EmployedWithoutOccupationalHealth, c.Path);
    }

    [Fact]
    public void FollowUp_StartsOnceServicesRun_AndMovesTheCaseToFollowUp()
    {
        var c = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, County, Coordinator, Now);
        Assert.Equal("follow_up_too_early", Assert.Throws<DomainRuleException>(() => c.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, Coordinator, Now)).Code);
        c.NoteTeamFormed(Coordinator, Now);
        c.NotePlanSaved(1, Coordinator, Now);
        c.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, Coordinator, Now);
        Assert.Equal(CaseStage.FollowUp, c.Stage);
        Assert.Throws<DomainRuleException>(() => c.NoteFollowUp(CaseEventKind.PlanSaved, Coordinator, Now));
    }

    [Fact]
    public void EndingKeepsTheContinuityNote_AndReturningClearsIt()
    {
        var c = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, County, Coordinator, Now);
        c.End(CaseOutcome.Employed, "Tavoite saavutettu", Coordinator, Now, "Työterveys jatkaa");
        Assert.Equal("Työterveys jatkaa", c.ContinuityNote);
        c.Reopen("Työsuhde päättyi", Coordinator, Now.AddDays(30));
        Assert.Null(c.ContinuityNote);
        Assert.Equal(StageRules.ReopenStage, c.Stage);
    }
}
