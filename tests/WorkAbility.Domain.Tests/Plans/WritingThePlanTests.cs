using WorkAbility.Domain.Common;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.Tests.Plans;

public class WritingThePlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Case = Guid.NewGuid(), Hanna = Guid.NewGuid(), Teemu = Guid.NewGuid(), Kela = Guid.NewGuid();
    private static readonly Guid Goal1 = Guid.NewGuid(), Doctor = Guid.NewGuid(), Ips = Guid.NewGuid();

    private static PlanContent Content(params PlanAction[] actions) => new(
        "  Haluan takaisin töihin  ", [new PlanGoal(Goal1, "Terveydentila selvitetty")],
        actions.Length > 0 ? actions :
        [
            new PlanAction(Doctor, "Lääkärin vastaanotto", Guid.NewGuid(), ResponsibleParty.Professional, Hanna, null,
                new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15), null, ActionStatus.Booked, null),
            new PlanAction(Ips, "", Guid.NewGuid(), ResponsibleParty.Organisation, null, Kela, new DateOnly(2027, 1, 1), null, Doctor, ActionStatus.Planned, null),
            new PlanAction(Guid.NewGuid(), "Hakee kuntouttavaan työtoimintaan", null, ResponsibleParty.Client, null, null, null, null, null, ActionStatus.Planned, null),
        ],
        "Hanna varaa ajat", 4, new DateOnly(2026, 12, 22), "Arvioidaan seurantatapaamisessa", Now.AddDays(30), 6,
        [new LinkedPlan(OtherPlanKind.EmploymentActivationPlan, "AS-2026-17", "Työllisyyspalvelut", "Toimenpiteet samat")]);

    [Fact]
    public void TheFirstSave_IsVersionOne_AndTextsAreTidied()
    {
        var (plan, first) = SupportPlan.Start(Case, Content(), Hanna, Now);
        Assert.Equal((1, 1), (plan.Number, first.Number));
        Assert.Equal("Haluan takaisin töihin", plan.Content.ClientGoal);
        Assert.Equal(3, plan.Content.Actions.Count);
    }

    [Fact]
    public void EverySave_IsANewVersion_WithWhoAndWhen()
    {
        var (plan, _) = SupportPlan.Start(Case, Content(), Hanna, Now);
        var second = plan.Revise(Content() with { Evaluation = "Muutettu" }, 1, Teemu, Now.AddHours(1));
        Assert.Equal((2, Teemu, Now.AddHours(1)), (second.Number, second.SavedById, second.SavedAt));
        Assert.Equal(2, plan.Number);
    }

    [Fact]
    public void ASaveBasedOnAnOlderVersion_IsRefused_NotOverwritten()
    {
        var (plan, _) = SupportPlan.Start(Case, Content(), Hanna, Now);
        plan.Revise(Content() with { Evaluation = "Hannan muutos" }, 1, Hanna, Now);
        var ex = Assert.Throws<DomainRuleException>(() => plan.Revise(Content() with { Evaluation = "Teemun muutos" }, 1, Teemu, Now));
        Assert.Equal("plan_changed_meanwhile", ex.Code);
        Assert.Equal("Hannan muutos", plan.Content.Evaluation);
    }

    [Fact]
    public void AnAction_NeedsItsResponsibleParty_AndSensibleDates()
    {
        var ex = Assert.Throws<DomainValidationException>(() => SupportPlan.Start(Case, Content(
            new PlanAction(Guid.NewGuid(), "Vastaanotto", null, ResponsibleParty.Professional, null, null, new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1), null, ActionStatus.Planned, null),
            new PlanAction(Guid.NewGuid(), " ", null, ResponsibleParty.Organisation, null, null, null, null, Guid.NewGuid(), ActionStatus.Planned, null)), Hanna, Now));
        Assert.Equal(["actions[0].dueOn:plan_due_before_start", "actions[0].responsibleProfessionalId:plan_action_needs_professional",
            "actions[1].afterActionId:plan_action_order_invalid", "actions[1].responsibleOrganisationId:plan_action_needs_organisation",
            "actions[1].title:required"], ex.Errors.Select(e => $"{e.Field}:{e.Code}").Order());
    }

    [Fact]
    public void ActionsInSequence_CannotWaitForEachOther()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        var ex = Assert.Throws<DomainValidationException>(() => SupportPlan.Start(Case, Content(
            new PlanAction(a, "A", null, ResponsibleParty.Client, null, null, null, null, b, ActionStatus.Planned, null),
            new PlanAction(b, "B", null, ResponsibleParty.Client, null, null, null, null, a, ActionStatus.Planned, null)), Hanna, Now));
        Assert.Equal("plan_action_order_cycle", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void APlanWithoutTheClientsGoalOrAnAgreedGoal_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => SupportPlan.Start(Case, Content() with { ClientGoal = "", Goals = [] }, Hanna, Now));
        Assert.Equal(["clientGoal:required", "goals:plan_needs_goal"], ex.Errors.Select(e => $"{e.Field}:{e.Code}").Order());
    }

    [Fact]
    public void ComparingVersions_MatchesGoalsAndActionsByIdentity()
    {
        var before = Content().Validated();
        var after = before with
        {
            Goals = [new PlanGoal(Goal1, "Terveydentila ja työkyky selvitetty"), new PlanGoal(Guid.NewGuid(), "Työkokeilu keväällä")],
            Actions = [before.Actions[0] with { Status = ActionStatus.Done }, before.Actions[1]],
            NextMeetingAt = null,
        };
        var changes = PlanComparison.Compare(before, after);
        Assert.Equal(
            ["actions:Changed", "actions:Removed", "goals:Added", "goals:Changed", "nextMeetingAt:Removed"],
            changes.Select(c => $"{c.Part}:{c.Kind}").Order());
        Assert.Equal("Terveydentila selvitetty", changes.Single(c => c is { Part: "goals", Kind: ChangeKind.Changed }).Before);
        Assert.Empty(PlanComparison.Compare(before, before));
    }
}
