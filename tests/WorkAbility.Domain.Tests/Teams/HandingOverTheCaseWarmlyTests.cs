using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.Teams;

/// <summary>F22 "saattaen vaihtaen": the case manager changes only when the successor accepts.</summary>
public class HandingOverTheCaseWarmlyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Valid = TimeSpan.FromDays(14);
    private static readonly Guid Case = Guid.NewGuid(), Coordinator = Guid.NewGuid(), Nurse = Guid.NewGuid(), Social = Guid.NewGuid(), Coach = Guid.NewGuid();

    private static CaseTeam Team() =>
        CaseTeam.Form(Case, [Nurse, Social, Coach], [Nurse], ClientSituation.None, null, null, null, Coordinator, Now);

    [Fact]
    public void UntilTheSuccessorAccepts_TheCurrentCaseManagerStaysResponsible()
    {
        var team = Team();
        team.ProposeHandover(Nurse, StaffRole.Professional, Social, "Asiakas siirtyy sosiaalityön asiakkaaksi; yhteinen tapaaminen 1.12.", Now, Valid);
        Assert.Equal(Nurse, team.CaseManagerId);
        Assert.True(team.HasPendingHandover(Now.AddDays(1), Valid));
        Assert.Equal("handover_pending", Assert.Throws<DomainRuleException>(
            () => team.ProposeHandover(Nurse, StaffRole.Professional, Coach, "toinen", Now, Valid)).Code);

        var previous = team.AcceptHandover(Social, Now.AddDays(2), Valid);
        Assert.Equal(Nurse, previous);
        Assert.Equal(Social, team.CaseManagerId);
        Assert.Equal(Now.AddDays(2), team.CaseManagerSince);
        Assert.Null(team.ProposedSuccessorId);
    }

    [Fact]
    public void OnlyTheProposedSuccessor_CanAccept_AndOnlyWhileTheProposalIsValid()
    {
        var team = Team();
        team.ProposeHandover(Nurse, StaffRole.Professional, Social, "siirto", Now, Valid);
        Assert.Equal("handover_not_pending", Assert.Throws<DomainRuleException>(() => team.AcceptHandover(Coach, Now, Valid)).Code);
        Assert.False(team.HasPendingHandover(Now + Valid, Valid));
        Assert.Equal("handover_not_pending", Assert.Throws<DomainRuleException>(() => team.AcceptHandover(Social, Now + Valid, Valid)).Code);
        Assert.NotEmpty(team.ExpireHandover(Now + Valid, Valid));
        Assert.Equal(Nurse, team.CaseManagerId);
    }

    [Fact]
    public void ALapsedProposal_IsToldOnce_ToProposerSuccessorAndCaseManager()
    {
        var team = Team();
        team.ProposeHandover(Coordinator, StaffRole.Coordinator, Coach, "valmentaja jatkaa", Now, Valid);
        Assert.Empty(team.ExpireHandover(Now + Valid - TimeSpan.FromTicks(1), Valid));
        Assert.Equal(new[] { Coordinator, Coach, Nurse }, team.ExpireHandover(Now + Valid, Valid));
        Assert.Empty(team.ExpireHandover(Now + Valid + Valid, Valid));

        // The case manager proposing is told once.
        team.ProposeHandover(Nurse, StaffRole.Professional, Social, "siirto", Now + Valid, Valid);
        Assert.Equal(new[] { Nurse, Social }, team.ExpireHandover(Now + Valid + Valid, Valid));
        Assert.Equal(Nurse, team.CaseManagerId);
    }

    [Fact]
    public void ARefusal_LeavesTheCurrentCaseManagerInPlace()
    {
        var team = Team();
        team.ProposeHandover(Coordinator, StaffRole.Coordinator, Coach, "valmentaja jatkaa", Now, Valid);
        team.RefuseHandover(Coach, Now.AddHours(1), Valid);
        Assert.Equal(Nurse, team.CaseManagerId);
        Assert.False(team.HasPendingHandover(Now.AddHours(1), Valid));
    }

    [Theory]
    [InlineData("same")]
    [InlineData("outsider")]
    [InlineData("no-note")]
    [InlineData("not-allowed")]
    public void AProposal_NeedsAnotherMember_ANote_AndTheRightHand(string variant)
    {
        var team = Team();
        Action act = variant switch
        {
            "same" => () => team.ProposeHandover(Nurse, StaffRole.Professional, Nurse, "x", Now, Valid),
            "outsider" => () => team.ProposeHandover(Nurse, StaffRole.Professional, Guid.NewGuid(), "x", Now, Valid),
            "no-note" => () => team.ProposeHandover(Nurse, StaffRole.Professional, Social, " ", Now, Valid),
            _ => () => team.ProposeHandover(Coach, StaffRole.Professional, Social, "x", Now, Valid),
        };
        Assert.True(Record.Exception(act) is DomainRuleException or DomainValidationException);
        Assert.Equal(Nurse, team.CaseManagerId);
        Assert.Null(team.ProposedSuccessorId);
    }

    [Fact]
    public void WhenTheProposedSuccessorLeavesTheTeam_TheProposalLapses()
    {
        var team = Team();
        team.ProposeHandover(Nurse, StaffRole.Professional, Coach, "siirto", Now, Valid);
        team.RemoveMember(Coach, Now);
        Assert.Null(team.ProposedSuccessorId);
        Assert.Equal("handover_not_pending", Assert.Throws<DomainRuleException>(() => team.AcceptHandover(Coach, Now, Valid)).Code);
    }

    [Fact]
    public void UnderEveryOrderOfProposeAcceptRefuseExpire_ThereIsAlwaysExactlyOneCaseManagerOnTheTeam()
    {
        var people = new[] { Nurse, Social, Coach, Coordinator, Guid.NewGuid() };
        var random = new Random(22);
        var team = Team();
        var now = Now;
        for (int i = 0; i < 5000; i++)
        {
            var who = people[random.Next(people.Length)];
            try
            {
                switch (random.Next(7))
                {
                    case 0: team.ProposeHandover(random.Next(2) == 0 ? team.CaseManagerId : who, random.Next(4) == 0 ? StaffRole.Coordinator : StaffRole.Professional, who, "siirto", now, Valid); break;
                    case 1: team.AcceptHandover(random.Next(2) == 0 && team.ProposedSuccessorId is { } s ? s : who, now, Valid); break;
                    case 2: team.RefuseHandover(random.Next(2) == 0 && team.ProposedSuccessorId is { } r ? r : who, now, Valid); break;
                    case 3: now = now.AddDays(random.Next(0, 10)); team.ExpireHandover(now, Valid); break;
                    case 4: team.AddMember(who, now); break;
                    case 5: team.RemoveMember(who, now); break;
                    default: now = now.AddHours(random.Next(1, 48)); break;
                }
            }
            catch (Exception e) when (e is DomainRuleException or DomainValidationException)
            {
            }
            Assert.NotEqual(Guid.Empty, team.CaseManagerId);
            Assert.True(team.IsMember(team.CaseManagerId));
            Assert.True(team.ProposedSuccessorId is null || team.ProposedSuccessorId != team.CaseManagerId);
        }
    }

    [Fact]
    public void CaseWork_IsTheTeamsAndTheCoordinators_AndReopeningTheCoordinatorsOrTheLastCaseManagers()
    {
        var team = Team();
        Assert.True(CaseTeam.MayWorkOnCase(team, Coach, null));
        Assert.False(CaseTeam.MayWorkOnCase(team, Guid.NewGuid(), null));
        Assert.True(CaseTeam.MayWorkOnCase(null, Coordinator, Coordinator));
        Assert.False(CaseTeam.MayWorkOnCase(null, Nurse, Coordinator));
        Assert.True(CaseTeam.MayReopen(team, Nurse, StaffRole.Professional));
        Assert.False(CaseTeam.MayReopen(team, Coach, StaffRole.Professional));
        Assert.True(CaseTeam.MayReopen(null, Guid.NewGuid(), StaffRole.Coordinator));
    }
}
