using System.Globalization;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Web.Features.Plans;

/// <summary>
/// The form as posted. Rows are text: Blazor's form binding does not map an empty field of a
/// list item to null, so rows are parsed here (an empty or unreadable choice is no choice).
/// </summary>
public sealed class PlanForm
{
    public string? Intent { get; set; }
    public string? ClientGoal { get; set; }
    public List<GoalRow> Goals { get; set; } = [];
    public List<ActionRow> Actions { get; set; } = [];
    public string? Responsibilities { get; set; }
    public int? FollowUpEveryWeeks { get; set; }
    public DateOnly? FirstFollowUpOn { get; set; }
    public string? Evaluation { get; set; }
    public DateTime? NextMeetingLocal { get; set; }
    public int? EstimatedSupportMonths { get; set; }
    public List<LinkedRow> OtherPlans { get; set; } = [];
    public int? BasedOnVersion { get; set; }

    public SavePlan.Request ToRequest() => new()
    {
        ClientGoal = ClientGoal,
        Goals = Goals.Select(g => new SavePlan.GoalInput { Id = Id(g.Id), Text = g.Text }).ToList(),
        Actions = Actions.Select(a => new SavePlan.ActionInput
        {
            Id = Id(a.Id), Title = a.Title, ServiceId = Id(a.ServiceId), Party = Choice<ResponsibleParty>(a.Party),
            ResponsibleProfessionalId = Id(a.ResponsibleProfessionalId), ResponsibleOrganisationId = Id(a.ResponsibleOrganisationId),
            StartOn = Day(a.StartOn), DueOn = Day(a.DueOn), AfterActionId = Id(a.AfterActionId), Status = Choice<ActionStatus>(a.Status), Note = a.Note,
        }).ToList(),
        Responsibilities = Responsibilities, FollowUpEveryWeeks = FollowUpEveryWeeks, FirstFollowUpOn = FirstFollowUpOn, Evaluation = Evaluation,
        NextMeetingLocal = NextMeetingLocal, EstimatedSupportMonths = EstimatedSupportMonths,
        OtherPlans = OtherPlans.Select(p => new SavePlan.LinkedPlanInput
        {
            Kind = Choice<OtherPlanKind>(p.Kind), Reference = p.Reference, Owner = p.Owner, ReconciliationNote = p.ReconciliationNote,
        }).ToList(),
        BasedOnVersion = BasedOnVersion,
    };

    public static PlanForm From(SavePlan.Request r) => new()
    {
        ClientGoal = r.ClientGoal,
        Goals = r.Goals.Select(g => new GoalRow { Id = g.Id?.ToString(), Text = g.Text }).ToList(),
        Actions = r.Actions.Select(a => new ActionRow
        {
            Id = a.Id?.ToString(), Title = a.Title, ServiceId = a.ServiceId?.ToString(), Party = a.Party?.ToString(),
            ResponsibleProfessionalId = a.ResponsibleProfessionalId?.ToString(), ResponsibleOrganisationId = a.ResponsibleOrganisationId?.ToString(),
            StartOn = Iso(a.StartOn), DueOn = Iso(a.DueOn), AfterActionId = a.AfterActionId?.ToString(), Status = a.Status?.ToString(), Note = a.Note,
        }).ToList(),
        Responsibilities = r.Responsibilities, FollowUpEveryWeeks = r.FollowUpEveryWeeks, FirstFollowUpOn = r.FirstFollowUpOn, Evaluation = r.Evaluation,
        NextMeetingLocal = r.NextMeetingLocal, EstimatedSupportMonths = r.EstimatedSupportMonths,
        OtherPlans = r.OtherPlans.Select(p => new LinkedRow { Kind = p.Kind?.ToString(), Reference = p.Reference, Owner = p.Owner, ReconciliationNote = p.ReconciliationNote }).ToList(),
        BasedOnVersion = r.BasedOnVersion,
    };

    private static Guid? Id(string? v) => Guid.TryParse(v, out var g) ? g : null;
    private static T? Choice<T>(string? v) where T : struct, Enum => WorkAbility.Domain.Common.EnumChoice.Of<T>(v);
    private static DateOnly? Day(string? v) => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Empty rows to type into: at least three goals and actions, one linked plan; "more rows" adds two.</summary>
    public static void PadRows(PlanForm form, int extra)
    {
        // A posted form with no row of a kind binds that list as null.
        form.Goals ??= [];
        form.Actions ??= [];
        form.OtherPlans ??= [];
        void Pad<T>(List<T> list, int minimum, int blanks, Func<T> blank)
        {
            var target = Math.Max(minimum, list.Count + blanks);
            while (list.Count < target)
            {
                list.Add(blank());
            }
        }
        Pad(form.Goals, 3, 1 + extra, () => new GoalRow { Id = Guid.CreateVersion7().ToString() });
        Pad(form.Actions, 3, 1 + extra, () => new ActionRow { Id = Guid.CreateVersion7().ToString() });
        Pad(form.OtherPlans, 1, extra > 0 ? 1 : 0, () => new LinkedRow());
        foreach (var a in form.Actions.Where(a => !Guid.TryParse(a.Id, out _)))
        {
            a.Id = Guid.CreateVersion7().ToString();
        }
        foreach (var g in form.Goals.Where(g => !Guid.TryParse(g.Id, out _)))
        {
            g.Id = Guid.CreateVersion7().ToString();
        }
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed class GoalRow
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
    }

    public sealed class ActionRow
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? ServiceId { get; set; }
        public string? Party { get; set; }
        public string? ResponsibleProfessionalId { get; set; }
        public string? ResponsibleOrganisationId { get; set; }
        public string? StartOn { get; set; }
        public string? DueOn { get; set; }
        public string? AfterActionId { get; set; }
        public string? Status { get; set; }
        public string? Note { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(ServiceId);
    }

    public sealed class LinkedRow
    {
        public string? Kind { get; set; }
        public string? Reference { get; set; }
        public string? Owner { get; set; }
        public string? ReconciliationNote { get; set; }
    }
}
