using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Plans;

/// <summary>
/// The work ability support plan of one case (F14). Every save is a new numbered version with who
/// and when; the current content is kept on the plan for reading, every version beside it for
/// comparing. A save based on an older version than the current one is refused, never merged or
/// overwritten: two people editing at once both keep their text, and the second sees what changed.
/// </summary>
public sealed class SupportPlan : IVersioned
{
    private SupportPlan() => Content = null!;

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public int Number { get; private set; }
    public PlanContent Content { get; private set; }
    public Guid SavedById { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; set; }

    // What worklists and the risk radar need of the current content, kept as columns so that many
    // cases can be judged in one query without reading every plan document (F20, F24).
    public DateTimeOffset? NextMeetingAt { get; private set; }
    public bool HasResponsibleProfessionals { get; private set; }
    public int? FollowUpEveryWeeks { get; private set; }
    public bool LinksTypPlan { get; private set; }
    public int DidNotAttendCount { get; private set; }

    public static (SupportPlan Plan, PlanVersion First) Start(Guid supportCaseId, PlanContent content, Guid byId, DateTimeOffset now)
    {
        var plan = new SupportPlan { Id = Guid.CreateVersion7(now), SupportCaseId = supportCaseId, CreatedAt = now };
        return (plan, plan.Apply(content.Validated(), byId, now));
    }

    /// <summary>Saves a new version; <paramref name="basedOnNumber"/> is the version the editor started from.</summary>
    public PlanVersion Revise(PlanContent content, int? basedOnNumber, Guid byId, DateTimeOffset now)
    {
        if (basedOnNumber != Number)
        {
            throw new DomainRuleException("plan_changed_meanwhile", null, $"Plan is at version {Number}.");
        }
        return Apply(content.Validated(), byId, now);
    }

    /// <summary>
    /// The next meeting agreed in a team meeting's minutes flows into the plan as a new version
    /// (F12 → F14); nothing is saved when the plan already says so.
    /// </summary>
    public PlanVersion? CarryNextMeeting(DateTimeOffset? nextMeetingAt, Guid byId, DateTimeOffset now) =>
        nextMeetingAt is null || Content.NextMeetingAt == nextMeetingAt
            ? null
            : Apply(Content with { NextMeetingAt = nextMeetingAt }, byId, now);

    private PlanVersion Apply(PlanContent content, Guid byId, DateTimeOffset now)
    {
        Number++;
        Content = content;
        NextMeetingAt = content.NextMeetingAt;
        HasResponsibleProfessionals = content.Actions.Any(a => a.Party is ResponsibleParty.Professional or ResponsibleParty.Organisation);
        FollowUpEveryWeeks = content.FollowUpEveryWeeks;
        LinksTypPlan = content.OtherPlans.Any(p => p.Kind is OtherPlanKind.TypJointPlan);
        DidNotAttendCount = content.Actions.Count(a => a.Status is ActionStatus.DidNotAttend);
        SavedById = byId;
        SavedAt = now;
        return new PlanVersion(Guid.CreateVersion7(now), Id, Number, content, byId, now);
    }
}

/// <summary>One saved version of a plan, kept unchanged for history and comparison.</summary>
public sealed class PlanVersion
{
    private PlanVersion() => Content = null!;

    public PlanVersion(Guid id, Guid planId, int number, PlanContent content, Guid savedById, DateTimeOffset savedAt)
    {
        (Id, PlanId, Number, Content, SavedById, SavedAt) = (id, planId, number, content, savedById, savedAt);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public PlanContent Content { get; private set; }
    public Guid SavedById { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
}
