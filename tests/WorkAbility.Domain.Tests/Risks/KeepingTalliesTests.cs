using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Risks;

/// <summary>Counts kept with the risk states, so a desk or a worklist reads a few rows however large the caseload (issue: scale).</summary>
public class KeepingTalliesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Organisation = Guid.NewGuid();

    private static CaseRiskState State(CaseStanding standing, params RiskCode[] risks) => CaseRiskState.Of(Guid.NewGuid(), standing, risks, null, Now);

    private static CaseStanding Case(CaseStage stage) => new(Guid.NewGuid(), Organisation, "Virta", "Aino") { Stage = stage };

    [Fact]
    public void ACaseWithATeam_IsCountedForItsCaseManager_ItsCoordinator_AndItsOrganisation_ByRisksAndStage()
    {
        Guid manager = Guid.NewGuid(), coordinator = Guid.NewGuid(), successor = Guid.NewGuid();
        var state = State(Case(CaseStage.Services) with { HasTeam = true, CaseManagerId = manager, CoordinatorId = coordinator, ProposedSuccessorId = successor },
            RiskCode.FollowUpOverdue, RiskCode.MissedAppointments);
        int risks = CaseRiskState.Bits([RiskCode.FollowUpOverdue, RiskCode.MissedAppointments]);
        Assert.Equal(
            new[]
            {
                new TallyKey(TallyKind.OrganisationRisks, Organisation, risks), new TallyKey(TallyKind.HolderRisks, manager, risks),
                new TallyKey(TallyKind.SuccessorRisks, successor, risks), new TallyKey(TallyKind.CoordinatorStages, coordinator, (int)CaseStage.Services),
            }.OrderBy(k => k.Kind),
            state.Tallies().OrderBy(k => k.Kind));
    }

    [Fact]
    public void ACaseWaitingForACoordinator_IsCountedAtBothDesks_WhenHandedOver()
    {
        var to = Guid.NewGuid();
        var waiting = State(Case(CaseStage.CoordinatorAssessment) with { HandedOverToOrganisationId = to });
        Assert.Equal([Organisation, to], waiting.Tallies().Where(t => t.Kind == TallyKind.WaitingAtOrganisation).Select(t => t.ScopeId));
        var takenOn = State(Case(CaseStage.CoordinatorAssessment) with { CoordinatorId = Guid.NewGuid() });
        Assert.DoesNotContain(takenOn.Tallies(), t => t.Kind == TallyKind.WaitingAtOrganisation);
    }

    [Fact]
    public void AMove_TakesTheCaseOutOfItsOldGroups_AndIntoItsNew_AndWhatStaysIsLeftAlone()
    {
        var coordinator = Guid.NewGuid();
        var state = State(Case(CaseStage.CoordinatorAssessment));
        var before = state.Tallies();
        state.Update(Case(CaseStage.CoordinatorAssessment) with { CoordinatorId = coordinator }, [], null, Now.AddMinutes(1));
        var changes = CaseTally.Changes([(before, state.Tallies())]);
        Assert.Equal(
            [(new TallyKey(TallyKind.CoordinatorStages, coordinator, (int)CaseStage.CoordinatorAssessment), 1), (new TallyKey(TallyKind.WaitingAtOrganisation, Organisation, 0), -1)],
            changes);
    }

    [Fact]
    public void ManyMoves_AddUp_ARemovedStateLeavesItsGroups_AndCountingFromNothingGivesEveryGroup()
    {
        var coordinator = Guid.NewGuid();
        var states = Enumerable.Range(0, 5).Select(_ => State(Case(CaseStage.Team) with { CoordinatorId = coordinator })).ToList();
        var counting = new TallyChanges();
        foreach (var state in states)
        {
            counting.Move([], state.Tallies());
        }
        Assert.Contains((new TallyKey(TallyKind.CoordinatorStages, coordinator, (int)CaseStage.Team), 5), counting.Net());
        Assert.Contains((new TallyKey(TallyKind.OrganisationRisks, Organisation, 0), 5), counting.Net());
        var ended = CaseTally.Changes([(states[0].Tallies(), [])]);
        Assert.All(ended, c => Assert.Equal(-1, c.Change));
        Assert.Equal(2, ended.Count);
    }

    [Fact]
    public void Changes_ComeInOneFixedOrder_SoWritersLockSharedTalliesAlike()
    {
        var a = State(Case(CaseStage.Team) with { CoordinatorId = Guid.NewGuid() }, RiskCode.NoCaseManager);
        var b = State(Case(CaseStage.Services) with { CoordinatorId = Guid.NewGuid(), HasTeam = true, CaseManagerId = Guid.NewGuid() });
        var forward = CaseTally.Changes([([], a.Tallies()), ([], b.Tallies())]);
        var backward = CaseTally.Changes([([], b.Tallies()), ([], a.Tallies())]);
        Assert.Equal(forward, backward);
        Assert.Equal(forward.OrderBy(c => c.Key.Kind).ThenBy(c => c.Key.ScopeId).ThenBy(c => c.Key.Key), forward);
    }
}
