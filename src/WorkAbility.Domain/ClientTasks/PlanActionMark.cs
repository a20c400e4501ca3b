using WorkAbility.Domain.Common;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.ClientTasks;

/// <summary>
/// The client's word that an action of the plan they answer for is done (F40: "the client marks their own plan actions
/// done"). The plan itself is the team's document and changes only when they save a version; the mark stands beside it,
/// shown to the team on the plan and the tasks page until a version records the action done.
/// </summary>
public sealed class PlanActionMark
{
    private PlanActionMark() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }

    /// <summary>The action's id, the same across plan versions.</summary>
    public Guid ActionId { get; private set; }
    public DateTimeOffset MarkedAt { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Marks an action of the current plan the client answers for, still planned or under way.</summary>
    public static PlanActionMark Mark(Guid supportCaseId, PlanContent plan, Guid actionId, string? note, DateTimeOffset now)
    {
        var action = plan.Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null || action.Party is not ResponsibleParty.Client)
        {
            throw new DomainRuleException("task_not_found", kind: RefusalKind.NotFound);
        }
        if (action.Status is ActionStatus.Cancelled)
        {
            throw new DomainRuleException("task_cancelled");
        }
        var errors = new List<FieldError>();
        var text = TextRules.OptionalText(note, "note", ClientTask.NoteMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return new PlanActionMark { Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, ActionId = actionId, MarkedAt = now, Note = text };
    }
}
