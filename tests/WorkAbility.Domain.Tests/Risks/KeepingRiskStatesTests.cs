using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Risks;

/// <summary>The kept evaluation that lets worklists and counts be filtered and paged in SQL (issue: scale).</summary>
public class KeepingRiskStatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    private static CaseStanding Standing(bool hasTeam = true, Guid? manager = null, Guid? successor = null, Guid? owner = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Mallikas", "Matti")
        {
            Stage = hasTeam ? CaseStage.Services : CaseStage.FollowUp, HasTeam = hasTeam, CaseManagerId = manager, ProposedSuccessorId = successor, OwnerId = owner,
        };

    [Fact]
    public void TheTeamsCaseManager_HoldsTheCase_AndAProposedSuccessorSeesIt()
    {
        Guid manager = Guid.NewGuid(), successor = Guid.NewGuid(), owner = Guid.NewGuid();
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(true, manager, successor, owner), [RiskCode.FollowUpOverdue], new DateOnly(2026, 11, 20), Now);
        Assert.Equal((manager, successor), (state.HolderId, state.ProposedSuccessorId));
    }

    [Fact]
    public void WithoutATeam_TheOwnerOfTheLowThresholdRoute_HoldsTheCase()
    {
        var owner = Guid.NewGuid();
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(false, null, Guid.NewGuid(), owner), [], null, Now);
        Assert.Equal(owner, state.HolderId);
        Assert.Null(state.ProposedSuccessorId);
    }

    [Fact]
    public void ACaseManagerProposedAsTheirOwnSuccessor_SeesTheCaseOnce()
    {
        var manager = Guid.NewGuid();
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(true, manager, manager), [], null, Now);
        Assert.Null(state.ProposedSuccessorId);
        Assert.Single(state.Tallies(), t => t.ScopeId == manager);
    }

    [Fact]
    public void EveryRisk_HasItsOwnBit_AndTheCountIsTheNumberOfRisks()
    {
        var all = Enum.GetValues<RiskCode>();
        Assert.Equal(all.Length, all.Select(CaseRiskState.Bit).Distinct().Count());
        Assert.True(all.Length < 31, "the risks must fit a 32-bit integer column");
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(manager: Guid.NewGuid()), [RiskCode.NoCaseManager, RiskCode.MissedAppointments, RiskCode.NoCaseManager], null, Now);
        Assert.Equal(2, state.RiskCount);
        Assert.True(state.Has(RiskCode.MissedAppointments));
        Assert.False(state.Has(RiskCode.FollowUpOverdue));
        Assert.True(CaseRiskState.Showing(RiskCode.MissedAppointments).Compile()(state));
        Assert.False(CaseRiskState.Showing(RiskCode.FollowUpOverdue).Compile()(state));
    }

    [Fact]
    public void WithoutAnOpenFollowUp_TheCaseSortsLast_AndAnUpdateRewritesEverything()
    {
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(manager: Guid.NewGuid()), [RiskCode.NoCaseManager], null, Now);
        Assert.Equal(DateOnly.MaxValue, state.UrgentOn);
        var newManager = Guid.NewGuid();
        var coordinator = Guid.NewGuid();
        state.Update(Standing(manager: newManager) with { Stage = CaseStage.Team, CoordinatorId = coordinator }, [], new DateOnly(2026, 12, 1), Now.AddHours(1));
        Assert.Equal((newManager, 0, 0, new DateOnly(2026, 12, 1), Now.AddHours(1), CaseStage.Team, coordinator),
            (state.HolderId, state.Risks, state.RiskCount, state.UrgentOn, state.EvaluatedAt, state.Stage, state.CoordinatorId));
    }

    [Fact]
    public void TheDeskListsAStrandedCase_UntilACoordinatorTakesItOn()
    {
        var unclaimed = CaseRiskState.StrandedUnclaimed().Compile();
        var stranded = CaseRiskState.Of(Guid.NewGuid(), Standing(hasTeam: false), [RiskCode.LowThresholdWithoutOwnerOrFollowUp], null, Now);
        Assert.True(unclaimed(stranded));
        var takenOn = CaseRiskState.Of(Guid.NewGuid(), Standing(hasTeam: false) with { CoordinatorId = Guid.NewGuid() },
            [RiskCode.LowThresholdWithoutOwnerOrFollowUp], null, Now);
        Assert.False(unclaimed(takenOn));
        Assert.False(unclaimed(CaseRiskState.Of(Guid.NewGuid(), Standing(hasTeam: false), [RiskCode.FollowUpOverdue], null, Now)));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(30, true)]
    public void AStateIsRecheckedOnceItIsOlderThanTheInterval(int hoursOld, bool stale)
    {
        var state = CaseRiskState.Of(Guid.NewGuid(), Standing(), [], null, Now.AddHours(-hoursOld));
        Assert.Equal(stale, CaseRiskState.StaleAt(Now, new RiskThresholds().Recheck).Compile()(state));
    }
}
