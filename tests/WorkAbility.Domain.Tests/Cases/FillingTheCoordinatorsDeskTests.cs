using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Tests.Cases;

public class FillingTheCoordinatorsDeskTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid MyOrg = Guid.NewGuid();
    private static readonly Func<SupportCase, bool> Waiting = CoordinatorDeskRules.Waiting(MyOrg).Compile();
    private static readonly Func<SupportCase, bool> Coordinated = CoordinatorDeskRules.Coordinated(Me).Compile();

    /// <summary>The desk shows two lists, each paged on its own: waiting at my organisation, and my own caseload.</summary>
    private static bool OnMyDesk(SupportCase c) => Waiting(c) || Coordinated(c);

    private static SupportCase AtCoordinatorAssessment(Guid org)
    {
        var c = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, org, null, Now);
        c.Advance(CaseStage.CoordinatorAssessment, null, Now);
        return c;
    }

    [Fact]
    public void UnassignedCase_AtTheCoordinatorsAssessment_OfMyOrganisation_Waits()
    {
        var c = AtCoordinatorAssessment(MyOrg);
        Assert.True(Waiting(c));
        Assert.False(Coordinated(c));
        Assert.Null(c.CoordinatorId);
    }

    [Fact]
    public void OtherOrganisationsWaitingCases_AndEarlierStages_AreNotOnMyDesk()
    {
        Assert.False(OnMyDesk(AtCoordinatorAssessment(Guid.NewGuid())));
        Assert.False(OnMyDesk(SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, MyOrg, null, Now)));
    }

    [Fact]
    public void MyCases_StayOnMyDesk_InEveryActiveStage_UntilTheyEnd()
    {
        var c = AtCoordinatorAssessment(Guid.NewGuid());
        c.AssignCoordinator(Me, Me, Now);
        Assert.True(Coordinated(c));
        Assert.False(Waiting(c));
        c.Advance(CaseStage.Team, Me, Now);
        Assert.True(OnMyDesk(c));
        c.End(CaseOutcome.Employed, null, Me, Now);
        Assert.False(OnMyDesk(c));
    }

    [Fact]
    public void SomeoneElsesCase_IsNotOnMyDesk()
    {
        var c = AtCoordinatorAssessment(MyOrg);
        c.AssignCoordinator(Guid.NewGuid(), null, Now);
        Assert.False(OnMyDesk(c));
    }
}
