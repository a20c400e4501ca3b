using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Risks;

/// <summary>The kept evaluation that lets worklists and counts be filtered and paged in SQL (issue: scale).</summary>
public class KeepingRiskStatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TheTeamsCaseManager_HoldsTheCase_AndAProposedSuccessorSeesIt()
    {
        Guid manager = Guid.NewGuid(), successor = Guid.NewGuid(), owner = Guid.NewGuid();
        var state = CaseRiskState.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), hasTeam: true, manager, successor, owner,
            [RiskCode.FollowUpOverdue], new DateOnly(2026, 11, 20), "Mallikas", "Matti", Now);
        Assert.Equal((manager, successor), (state.HolderId, state.ProposedSuccessorId));
    }

    [Fact]
    public void WithoutATeam_TheOwnerOfTheLowThresholdRoute_HoldsTheCase()
    {
        var owner = Guid.NewGuid();
        var state = CaseRiskState.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), hasTeam: false, null, Guid.NewGuid(), owner, [], null, "Virta", "Aino", Now);
        Assert.Equal(owner, state.HolderId);
        Assert.Null(state.ProposedSuccessorId);
    }

    [Fact]
    public void EveryRisk_HasItsOwnBit_AndTheCountIsTheNumberOfRisks()
    {
        var all = Enum.GetValues<RiskCode>();
        Assert.Equal(all.Length, all.Select(CaseRiskState.Bit).Distinct().Count());
        Assert.True(all.Length < 31, "the risks must fit a 32-bit integer column");
        var state = CaseRiskState.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), true, Guid.NewGuid(), null, null,
            [RiskCode.NoCaseManager, RiskCode.MissedAppointments, RiskCode.NoCaseManager], null, "A", "B", Now);
        Assert.Equal(2, state.RiskCount);
        Assert.True(state.Has(RiskCode.MissedAppointments));
        Assert.False(state.Has(RiskCode.FollowUpOverdue));
    }

    [Fact]
    public void WithoutAnOpenFollowUp_TheCaseSortsLast_AndAnUpdateRewritesEverything()
    {
        var state = CaseRiskState.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), true, Guid.NewGuid(), null, null, [RiskCode.NoCaseManager], null, "A", "B", Now);
        Assert.Equal(DateOnly.MaxValue, state.UrgentOn);
        var newManager = Guid.NewGuid();
        state.Update(state.ClientId, state.OrganisationId, true, newManager, null, null, [], new DateOnly(2026, 12, 1), "A", "B", Now.AddHours(1));
        Assert.Equal((newManager, 0, 0, new DateOnly(2026, 12, 1), Now.AddHours(1)), (state.HolderId, state.Risks, state.RiskCount, state.UrgentOn, state.EvaluatedAt));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(30, true)]
    public void AStateIsRecheckedOnceItIsOlderThanTheInterval(int hoursOld, bool stale)
    {
        var state = CaseRiskState.Of(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), true, null, null, null, [], null, "A", "B", Now.AddHours(-hoursOld));
        Assert.Equal(stale, CaseRiskState.StaleAt(Now, new RiskThresholds().Recheck).Compile()(state));
    }
}
