using WorkAbility.Domain.ClientTasks;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Messages;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.Tests.Messages;

/// <summary>F40: a task is given by one taking part, due today or later within a year; the client marks it; it is withdrawn only before.</summary>
public class GivingTasksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static readonly Guid Nurse = Guid.NewGuid(), Outsider = Guid.NewGuid();
    private static readonly MessageCase Active = new(Guid.NewGuid(), Guid.NewGuid(), true, null, new HashSet<Guid> { Nurse });

    private static ClientTask Give(DateOnly? dueOn, string? kind = "Contact", string? title = "Soita TE-palveluihin", MessageCase? onCase = null, Guid? by = null) =>
        ClientTask.Give(onCase ?? Active, by ?? Nurse, kind, title, null, dueOn, Today, Now);

    [Fact]
    public void ATask_IsOpen_ThenOverdue_AndDoneOnceWithTheFirstNote()
    {
        var task = Give(Today.AddDays(7));
        Assert.Equal(ClientTaskKind.Contact, task.Kind);
        Assert.Equal(ClientTaskState.Open, task.StateOn(Today.AddDays(7)));
        Assert.Equal(ClientTaskState.Overdue, task.StateOn(Today.AddDays(8)));
        Assert.True(task.MarkDone("  Soitin.  ", Now.AddDays(2)));
        Assert.False(task.MarkDone("Toinen", Now.AddDays(3)));
        Assert.Equal(("Soitin.", Now.AddDays(2), ClientTaskState.Done), (task.ClientNote, task.DoneAt, task.StateOn(Today.AddDays(30))));
        Assert.Equal("task_already_done", Assert.Throws<DomainRuleException>(() => task.Cancel(Active, Nurse, Now.AddDays(3))).Code);
    }

    [Fact]
    public void AWithdrawnTask_CannotBeMarked_AndWithdrawingTwiceKeepsTheFirst()
    {
        var task = Give(Today);
        task.Cancel(Active, Nurse, Now);
        task.Cancel(Active, Nurse, Now.AddHours(1));
        Assert.Equal((Now, ClientTaskState.Cancelled), (task.CancelledAt!.Value, task.StateOn(Today)));
        Assert.Equal("task_cancelled", Assert.Throws<DomainRuleException>(() => task.MarkDone(null, Now)).Code);
    }

    [Theory]
    [InlineData(null, "title", "dueOn", "required")]
    [InlineData("2026-12-09", "title", "dueOn", "date_in_past")]
    [InlineData("2027-12-11", "title", "dueOn", "task_due_too_far")]
    [InlineData("2026-12-20", "Homework", "kind", "task_kind_unknown")]
    [InlineData("2026-12-20", "2", "kind", "task_kind_unknown")]
    [InlineData("2026-12-20", "", "kind", "required")]
    [InlineData("2026-12-20", "Contact, Document", "kind", "task_kind_unknown")]
    [InlineData("2026-12-20", "Other,Other", "kind", "task_kind_unknown")]
    [InlineData("2026-12-20", " Other ", "kind", "task_kind_unknown")]
    public void BadTasks_AreRefusedAtTheirField(string? dueOn, string kind, string field, string code)
    {
        var due = dueOn is null ? (DateOnly?)null : DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.Throws<DomainValidationException>(() => Give(due, kind == "title" ? "Other" : kind));
        Assert.Contains(error.Errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public void OnlyOneTakingPart_OnAnActiveCase_GivesOrWithdraws()
    {
        Assert.Equal("messages_not_taking_part", Assert.Throws<DomainRuleException>(() => Give(Today, by: Outsider)).Code);
        Assert.Equal("tasks_case_ended", Assert.Throws<DomainRuleException>(() => Give(Today, onCase: Active with { Active = false })).Code);
        var task = Give(Today);
        Assert.Equal("messages_not_taking_part", Assert.Throws<DomainRuleException>(() => task.Cancel(Active, Outsider, Now)).Code);
    }

    [Fact]
    public void TheClient_MarksOnlyTheirOwnPlanActions_NotOnesCancelled()
    {
        PlanAction Action(ResponsibleParty party, ActionStatus status) =>
            new(Guid.NewGuid(), "Kuntosali kahdesti viikossa", null, party, party is ResponsibleParty.Professional ? Nurse : null, null, null, Today.AddDays(14), null, status, null);
        var own = Action(ResponsibleParty.Client, ActionStatus.Ongoing);
        var nurses = Action(ResponsibleParty.Professional, ActionStatus.Planned);
        var cancelled = Action(ResponsibleParty.Client, ActionStatus.Cancelled);
        var plan = new PlanContent("Töihin", [], [own, nurses, cancelled], null, null, null, null, null, null, []);
        var mark = PlanActionMark.Mark(Active.CaseId, plan, own.Id, " Kävin ", Now);
        Assert.Equal((own.Id, "Kävin"), (mark.ActionId, mark.Note));
        Assert.Equal("task_not_found", Assert.Throws<DomainRuleException>(() => PlanActionMark.Mark(Active.CaseId, plan, nurses.Id, null, Now)).Code);
        Assert.Equal("task_not_found", Assert.Throws<DomainRuleException>(() => PlanActionMark.Mark(Active.CaseId, plan, Guid.NewGuid(), null, Now)).Code);
        Assert.Equal("task_cancelled", Assert.Throws<DomainRuleException>(() => PlanActionMark.Mark(Active.CaseId, plan, cancelled.Id, null, Now)).Code);
    }
}
