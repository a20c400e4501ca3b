using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Plans;

/// <summary>Who answers for an action (F16).</summary>
public enum ResponsibleParty
{
    Client,
    Professional,
    Organisation,
}

public enum ActionStatus
{
    Planned,
    Booked,
    Ongoing,
    Done,
    Cancelled,
    DidNotAttend,
}

/// <summary>The client's other plans the work ability support plan is reconciled with (F14).</summary>
public enum OtherPlanKind
{
    EmploymentActivationPlan,
    TypJointPlan,
    RehabilitationPlan,
    EmploymentPlan,
    Other,
}

/// <summary>An agreed goal. The id stays the same across versions so versions can be compared.</summary>
public sealed record PlanGoal(Guid Id, string Text);

/// <summary>
/// One action of the plan: a catalogue service or a free action, who is responsible, when, and
/// whether it runs in parallel or after another action.
/// </summary>
public sealed record PlanAction(Guid Id, string Title, Guid? ServiceId, ResponsibleParty Party, Guid? ResponsibleProfessionalId,
    Guid? ResponsibleOrganisationId, DateOnly? StartOn, DateOnly? DueOn, Guid? AfterActionId, ActionStatus Status, string? Note);

public sealed record LinkedPlan(OtherPlanKind Kind, string Reference, string Owner, string? ReconciliationNote);

/// <summary>
/// What the work ability support plan says (F14): the client's own goal in their own words, the
/// agreed goals, the actions, roles and responsibilities, follow-up and evaluation, the next
/// meeting, the estimated length of the support need, and the other plans it is reconciled with.
/// </summary>
public sealed record PlanContent(
    string ClientGoal,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanAction> Actions,
    string? Responsibilities,
    int? FollowUpEveryWeeks,
    DateOnly? FirstFollowUpOn,
    string? Evaluation,
    DateTimeOffset? NextMeetingAt,
    int? EstimatedSupportMonths,
    IReadOnlyList<LinkedPlan> OtherPlans)
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 300;
    public const int MaxItems = 50;

    /// <summary>
    /// Checks the content and returns it tidied (texts trimmed). Errors name the field by path,
    /// e.g. <c>actions[1].responsibleProfessionalId</c>, so a form can show them where they belong.
    /// </summary>
    public PlanContent Validated()
    {
        var errors = new List<FieldError>();
        var clientGoal = TextRules.RequiredText(ClientGoal, "clientGoal", TextMaxLength, errors);
        if (Goals.Count == 0)
        {
            errors.Add(new FieldError("goals", "plan_needs_goal"));
        }
        if (Goals.Count > MaxItems || Actions.Count > MaxItems || OtherPlans.Count > MaxItems)
        {
            errors.Add(new FieldError("actions", "too_long"));
        }
        var goals = Goals.Select((g, i) => g with { Text = TextRules.RequiredText(g.Text, $"goals[{i}].text", TextMaxLength, errors) }).ToList();
        var ids = Actions.Select(a => a.Id).ToList();
        var actions = new List<PlanAction>();
        for (int i = 0; i < Actions.Count; i++)
        {
            var a = Actions[i];
            var title = a.ServiceId is null
                ? TextRules.RequiredText(a.Title, $"actions[{i}].title", TitleMaxLength, errors)
                : TextRules.OptionalText(a.Title, $"actions[{i}].title", TitleMaxLength, errors) ?? string.Empty;
            if (!Enum.IsDefined(a.Party) || !Enum.IsDefined(a.Status))
            {
                errors.Add(new FieldError($"actions[{i}].party", "invalid_choice"));
            }
            if (a.Party is ResponsibleParty.Professional && a.ResponsibleProfessionalId is null)
            {
                errors.Add(new FieldError($"actions[{i}].responsibleProfessionalId", "plan_action_needs_professional"));
            }
            if (a.Party is ResponsibleParty.Organisation && a.ResponsibleOrganisationId is null)
            {
                errors.Add(new FieldError($"actions[{i}].responsibleOrganisationId", "plan_action_needs_organisation"));
            }
            if (a.StartOn is { } start && a.DueOn is { } due && due < start)
            {
                errors.Add(new FieldError($"actions[{i}].dueOn", "plan_due_before_start"));
            }
            if (a.AfterActionId is { } after && (after == a.Id || !ids.Contains(after)))
            {
                errors.Add(new FieldError($"actions[{i}].afterActionId", "plan_action_order_invalid"));
            }
            var note = TextRules.OptionalText(a.Note, $"actions[{i}].note", TextMaxLength, errors);
            actions.Add(a with
            {
                Title = title,
                Note = note,
                ResponsibleProfessionalId = a.Party is ResponsibleParty.Professional ? a.ResponsibleProfessionalId : null,
                ResponsibleOrganisationId = a.Party is ResponsibleParty.Organisation ? a.ResponsibleOrganisationId : null,
            });
        }
        if (ids.Count != ids.Distinct().Count())
        {
            errors.Add(new FieldError("actions", "plan_action_order_invalid"));
        }
        else if (HasCycle(actions))
        {
            errors.Add(new FieldError("actions", "plan_action_order_cycle"));
        }
        var responsibilities = TextRules.OptionalText(Responsibilities, "responsibilities", TextMaxLength, errors);
        var evaluation = TextRules.OptionalText(Evaluation, "evaluation", TextMaxLength, errors);
        if (FollowUpEveryWeeks is < 1 or > 52)
        {
            errors.Add(new FieldError("followUpEveryWeeks", "plan_follow_up_range"));
        }
        if (EstimatedSupportMonths is < 1 or > 60)
        {
            errors.Add(new FieldError("estimatedSupportMonths", "plan_length_range"));
        }
        var others = OtherPlans.Select((p, i) => p with
        {
            Reference = TextRules.RequiredText(p.Reference, $"otherPlans[{i}].reference", TitleMaxLength, errors),
            Owner = TextRules.RequiredText(p.Owner, $"otherPlans[{i}].owner", TitleMaxLength, errors),
            ReconciliationNote = TextRules.OptionalText(p.ReconciliationNote, $"otherPlans[{i}].reconciliationNote", TextMaxLength, errors),
        }).ToList();
        TextRules.ThrowIfAny(errors);
        return this with
        {
            ClientGoal = clientGoal,
            Goals = goals,
            Actions = actions,
            Responsibilities = responsibilities,
            Evaluation = evaluation,
            NextMeetingAt = NextMeetingAt?.ToUniversalTime(),
            OtherPlans = others,
        };
    }

    private static bool HasCycle(IReadOnlyList<PlanAction> actions)
    {
        var after = actions.ToDictionary(a => a.Id, a => a.AfterActionId);
        foreach (var action in actions)
        {
            var seen = new HashSet<Guid>();
            for (Guid? current = action.Id; current is { } id; current = after.GetValueOrDefault(id))
            {
                if (!seen.Add(id))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
