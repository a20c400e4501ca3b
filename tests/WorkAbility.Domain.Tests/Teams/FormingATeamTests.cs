using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.Teams;

public class FormingATeamTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Case = Guid.NewGuid(), Coordinator = Guid.NewGuid();
    private static readonly Guid Nurse = Guid.NewGuid(), Doctor = Guid.NewGuid(), Employment = Guid.NewGuid();

    private static readonly TimeSpan Valid = TimeSpan.FromDays(14);

    [Fact]
    public void AChangeBasedOnAnOlderVersion_IsRefused_TheCurrentOneOrNoneIsNot()
    {
        var nurse = Guid.NewGuid();
        var team = Form([nurse], [nurse]);
        team.Version = Guid.NewGuid();
        var seen = team.Version.ToString("N");
        team.EnsureUnchangedSince(seen);
        team.EnsureUnchangedSince($"\"{seen.ToUpperInvariant()}\"");   // as an ETag, any case
        team.EnsureUnchangedSince(null);

        team.Version = Guid.NewGuid(); // someone saved meanwhile
        var refused = Assert.Throws<WorkAbility.Domain.Common.DomainRuleException>(() => team.EnsureUnchangedSince(seen));
        Assert.Equal("team_changed_meanwhile", refused.Code);
    }

    private static CaseTeam Form(Guid[] members, Guid[] managers) =>
        CaseTeam.Form(Case, members, managers, ClientSituation.HealthProblems, "Haluan mukaan työllisyyspalvelut", "Liisa Mallikas", "puoliso", Coordinator, Now);

    [Fact]
    public void ATeam_HasExactlyTheOneNamedCaseManager()
    {
        var team = Form([Nurse, Doctor, Employment], [Nurse]);
        Assert.Equal(Nurse, team.CaseManagerId);
        Assert.Equal(4, team.CurrentMemberIds.Count());    // the three invited and the coordinator who formed the team
        Assert.True(team.IsMember(Coordinator));
        Assert.Equal("Liisa Mallikas", team.CloseParticipantName);
    }

    [Theory]
    [InlineData(0, "team_needs_one_case_manager")]
    [InlineData(2, "team_only_one_case_manager")]
    public void ZeroOrTwoCaseManagers_AreRefused(int managers, string code)
    {
        var ex = Assert.Throws<DomainValidationException>(() => Form([Nurse, Doctor], new[] { Nurse, Doctor }[..managers]));
        Assert.Equal(new FieldError("caseManager", code), Assert.Single(ex.Errors));
    }

    [Fact]
    public void TheCaseManager_MustBeOnTheTeam()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Form([Nurse], [Doctor]));
        Assert.Equal("case_manager_not_member", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void TheCaseManager_CannotLeave_UntilAnotherIsNamed()
    {
        var team = Form([Nurse, Doctor], [Nurse]);
        Assert.Equal("case_manager_cannot_leave", Assert.Throws<DomainRuleException>(() => team.RemoveMember(Nurse, Now)).Code);
        team.ProposeHandover(Nurse, StaffRole.Professional, Doctor, "Siirtyy lääkärille", Now, Valid);
        team.AcceptHandover(Doctor, Now, Valid);
        team.RemoveMember(Nurse, Now);
        Assert.Equal(Doctor, team.CaseManagerId);
        Assert.False(team.IsMember(Nurse));
        Assert.Equal("case_manager_not_member", Assert.Throws<DomainValidationException>(
            () => team.ProposeHandover(Doctor, StaffRole.Professional, Nurse, "takaisin", Now, Valid)).Errors[0].Code);
    }

    [Fact]
    public void UnderAnyOrderOfChanges_TheTeamAlwaysHasOneCaseManagerWhoIsAMember()
    {
        var people = new[] { Nurse, Doctor, Employment, Guid.NewGuid(), Guid.NewGuid() };
        var random = new Random(5);
        var team = Form([Nurse], [Nurse]);
        for (int i = 0; i < 2000; i++)
        {
            var who = people[random.Next(people.Length)];
            try
            {
                switch (random.Next(3))
                {
                    case 0: team.AddMember(who, Now); break;
                    case 1: team.RemoveMember(who, Now); break;
                    default: team.ProposeHandover(team.CaseManagerId, StaffRole.Professional, who, "siirto", Now, Valid); team.AcceptHandover(who, Now, Valid); break;
                }
            }
            catch (Exception e) when (e is DomainRuleException or DomainValidationException)
            {
            }
            Assert.True(team.IsMember(team.CaseManagerId));
        }
    }

    [Fact]
    public void FormingTheTeam_MovesACaseInAssessmentToTheTeamStage()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, Guid.NewGuid(), Coordinator, Now);
        supportCase.NoteTeamFormed(Coordinator, Now);
        Assert.Equal(CaseStage.Team, supportCase.Stage);
        supportCase.NotePlanSaved(1, Coordinator, Now);
        Assert.Equal(CaseStage.Services, supportCase.Stage);
        var early = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Guid.NewGuid(), Coordinator, Now);
        Assert.Equal("team_too_early", Assert.Throws<DomainRuleException>(() => early.NoteTeamFormed(Coordinator, Now)).Code);
    }

    [Fact]
    public void AnUnemployedClientWithHealthProblems_NeedsAnEmploymentExpertAndADoctor()
    {
        var missing = KeyActors.Missing(ServicePath.Unemployed, ClientSituation.HealthProblems,
            [(Profession.Nurse, OrganisationKind.SoteCentre)]);
        Assert.Equal([KeyActor.EmploymentExpert, KeyActor.Doctor], missing);
        Assert.Empty(KeyActors.Missing(ServicePath.Unemployed, ClientSituation.HealthProblems,
            [(Profession.ServiceCounsellor, OrganisationKind.EmploymentServices), (Profession.Doctor, OrganisationKind.SoteCentre)]));
    }

    [Fact]
    public void OnTheOccupationalHealthPath_OccupationalHealthMustTakePart()
    {
        Assert.Equal([KeyActor.OccupationalHealth], KeyActors.Missing(ServicePath.EmployedWithOccupationalHealth, ClientSituation.None, []));
        Assert.Empty(KeyActors.Missing(ServicePath.EmployedWithOccupationalHealth, ClientSituation.None,
            [(Profession.OccupationalHealthNurse, OrganisationKind.OccupationalHealth)]));
    }

    [Fact]
    public void WithoutFlaggedNeeds_AnEmployedClientNeedsNoOneInParticular()
    {
        Assert.Empty(KeyActors.Missing(ServicePath.EmployedWithoutOccupationalHealth, ClientSituation.None, []));
        Assert.Equal([KeyActor.SocialWorker, KeyActor.KelaWorker, KeyActor.Psychologist],
            KeyActors.Missing(ServicePath.EmployedWithoutOccupationalHealth,
                ClientSituation.SocialWelfareNeeds | ClientSituation.KelaBenefitNeeds | ClientSituation.MentalHealthProblems, []));
    }
}

public class DecidingWhoWorksOnTheTeamTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid(), Nurse = Guid.NewGuid(), Doctor = Guid.NewGuid(), Outsider = Guid.NewGuid();
    private static readonly CaseTeam Team = CaseTeam.Form(Guid.NewGuid(), [Nurse, Doctor], [Nurse], ClientSituation.None, null, null, null, Coordinator, Now);

    [Theory]
    [InlineData(StaffRole.Coordinator, true)]
    [InlineData(StaffRole.Professional, false)]
    [InlineData(StaffRole.Manager, false)]
    [InlineData(StaffRole.Administrator, false)]
    public void OnlyTheCoordinator_FormsATeam(StaffRole role, bool may) => Assert.Equal(may, CaseTeam.MayForm(role));

    [Fact]
    public void TheTeamIsChanged_ByACoordinatorOrItsCaseManager_NotByOtherMembers()
    {
        Assert.True(Team.MayChange(Coordinator, StaffRole.Coordinator));
        Assert.True(Team.MayChange(Nurse, StaffRole.Professional));
        Assert.False(Team.MayChange(Doctor, StaffRole.Professional));
    }

    [Fact]
    public void ThePlanIsWritten_ByTheTeamAndTheCasesCoordinator_NotBySomeoneOutside()
    {
        var otherCoordinator = Guid.NewGuid();
        Assert.True(Team.MayWritePlan(Doctor, null));
        Assert.True(Team.MayWritePlan(otherCoordinator, otherCoordinator));
        Assert.False(Team.MayWritePlan(Outsider, otherCoordinator));
    }
}
