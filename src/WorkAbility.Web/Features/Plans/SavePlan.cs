using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Errors;

namespace WorkAbility.Web.Features.Plans;

/// <summary>
/// F14, F16: the team saves its plan as a new version; a save based on an older version is a
/// conflict (409), never an overwrite. Only team members and the case's coordinator write it.
/// </summary>
public static class SavePlan
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "plan.save";

    public sealed class GoalInput
    {
        public Guid? Id { get; set; }
        public string? Text { get; set; }
    }

    public sealed class ActionInput
    {
        public Guid? Id { get; set; }
        public string? Title { get; set; }
        public Guid? ServiceId { get; set; }
        public ResponsibleParty? Party { get; set; }
        public Guid? ResponsibleProfessionalId { get; set; }
        public Guid? ResponsibleOrganisationId { get; set; }
        public DateOnly? StartOn { get; set; }
        public DateOnly? DueOn { get; set; }
        public Guid? AfterActionId { get; set; }
        public ActionStatus? Status { get; set; }
        public string? Note { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && ServiceId is null;
    }

    public sealed class LinkedPlanInput
    {
        public OtherPlanKind? Kind { get; set; }
        public string? Reference { get; set; }
        public string? Owner { get; set; }
        public string? ReconciliationNote { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Reference) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(ReconciliationNote);
    }

    public sealed class Request
    {
        public string? ClientGoal { get; set; }
        public List<GoalInput> Goals { get; set; } = [];
        public List<ActionInput> Actions { get; set; } = [];
        public string? Responsibilities { get; set; }
        public int? FollowUpEveryWeeks { get; set; }
        public DateOnly? FirstFollowUpOn { get; set; }
        public string? Evaluation { get; set; }
        public DateTimeOffset? NextMeetingAt { get; set; }

        /// <summary>The form's date-time field, in Helsinki time (the API uses <see cref="NextMeetingAt"/>).</summary>
        public DateTime? NextMeetingLocal { get; set; }
        public int? EstimatedSupportMonths { get; set; }
        public List<LinkedPlanInput> OtherPlans { get; set; } = [];

        /// <summary>The version the editor started from (none for a new plan).</summary>
        public int? BasedOnVersion { get; set; }

        public static Request From(SupportPlan plan)
        {
            var c = plan.Content;
            return new Request
            {
                ClientGoal = c.ClientGoal,
                Goals = c.Goals.Select(g => new GoalInput { Id = g.Id, Text = g.Text }).ToList(),
                Actions = c.Actions.Select(a => new ActionInput
                {
                    Id = a.Id, Title = a.Title, ServiceId = a.ServiceId, Party = a.Party, ResponsibleProfessionalId = a.ResponsibleProfessionalId,
                    ResponsibleOrganisationId = a.ResponsibleOrganisationId, StartOn = a.StartOn, DueOn = a.DueOn, AfterActionId = a.AfterActionId,
                    Status = a.Status, Note = a.Note,
                }).ToList(),
                Responsibilities = c.Responsibilities,
                FollowUpEveryWeeks = c.FollowUpEveryWeeks,
                FirstFollowUpOn = c.FirstFollowUpOn,
                Evaluation = c.Evaluation,
                NextMeetingAt = c.NextMeetingAt,
                NextMeetingLocal = c.NextMeetingAt is { } at ? FinnishCalendar.LocalTime(at) : null,
                EstimatedSupportMonths = c.EstimatedSupportMonths,
                OtherPlans = c.OtherPlans.Select(p => new LinkedPlanInput { Kind = p.Kind, Reference = p.Reference, Owner = p.Owner, ReconciliationNote = p.ReconciliationNote }).ToList(),
                BasedOnVersion = plan.Number,
            };
        }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<int> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            var (supportCase, me) = (work.Case, work.ProfessionalId);
            if (!work.RequireTeam().MayWritePlan(me, supportCase.CoordinatorId))
            {
                throw new DomainRuleException("plan_written_by_team");
            }
            var content = await ToContent(request, ct);
            var now = clock.GetUtcNow();
            var plan = await db.Plans.SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
            PlanVersion version;
            if (plan is null)
            {
                if (request.BasedOnVersion is not null and not 0)
                {
                    throw new DomainRuleException("plan_changed_meanwhile");
                }
                (plan, version) = SupportPlan.Start(supportCase.Id, content, me, now);
                db.Plans.Add(plan);
            }
            else
            {
                version = plan.Revise(content, request.BasedOnVersion, me, now);
            }
            db.PlanVersions.Add(version);
            supportCase.NotePlanSaved(version.Number, me, now);
            await ScheduleFollowUp(supportCase.Id, plan.Content, now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e))
            {
                // Another save of the same version won the race (for the version number, the case or its dues): a stale save, as above.
                throw new DomainRuleException("plan_changed_meanwhile");
            }
            return version.Number;
        }

        /// <summary>The plan's follow-up rhythm becomes due items (F20); passed dues stay, future open ones follow the new rhythm.</summary>
        private async Task ScheduleFollowUp(Guid caseId, PlanContent content, DateTimeOffset now, CancellationToken ct)
        {
            var existing = await db.FollowUpDues.Where(d => d.SupportCaseId == caseId).ToListAsync(ct);
            var change = FollowUpSchedule.Replan(existing, content.FollowUpEveryWeeks, content.FirstFollowUpOn,
                content.EstimatedSupportMonths, FinnishCalendar.DateOf(now));
            db.FollowUpDues.RemoveRange(change.Remove);
            db.FollowUpDues.AddRange(change.Add.Select(d => FollowUpDue.On(caseId, d)));
        }

        /// <summary>
        /// Builds the domain content from the form or API: blank rows are dropped, new rows get their
        /// ids, and errors keep pointing at the row the user typed in.
        /// </summary>
        private async Task<PlanContent> ToContent(Request r, CancellationToken ct)
        {
            var goals = r.Goals.Select((g, i) => (g, i)).Where(x => !string.IsNullOrWhiteSpace(x.g.Text)).ToList();
            var actions = r.Actions.Select((a, i) => (a, i)).Where(x => !x.a.IsBlank).ToList();
            var others = r.OtherPlans.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank).ToList();
            var serviceIds = actions.Select(x => x.a.ServiceId).OfType<Guid>().Distinct().ToList();
            var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
            var errors = new List<FieldError>();
            foreach (var (a, i) in actions)
            {
                if (a.ServiceId is { } sid && !services.ContainsKey(sid))
                {
                    errors.Add(new FieldError($"actions[{i}].serviceId", "invalid_choice"));
                }
                if (a.Party is null)
                {
                    errors.Add(new FieldError($"actions[{i}].party", TextRules.Required));
                }
            }
            foreach (var (p, i) in others.Where(x => x.p.Kind is null))
            {
                errors.Add(new FieldError($"otherPlans[{i}].kind", TextRules.Required));
            }
            TextRules.ThrowIfAny(errors);
            var nextMeeting = r.NextMeetingAt ?? (r.NextMeetingLocal is { } local ? FinnishCalendar.FromLocalTime(local) : null);
            var content = new PlanContent(r.ClientGoal ?? "",
                goals.Select(x => new PlanGoal(x.g.Id ?? Guid.CreateVersion7(), x.g.Text!)).ToList(),
                actions.Select(x => new PlanAction(x.a.Id ?? Guid.CreateVersion7(),
                    string.IsNullOrWhiteSpace(x.a.Title) && x.a.ServiceId is { } s ? services[s] : x.a.Title ?? "",
                    x.a.ServiceId, x.a.Party!.Value, x.a.ResponsibleProfessionalId, x.a.ResponsibleOrganisationId, x.a.StartOn, x.a.DueOn,
                    x.a.AfterActionId, x.a.Status ?? ActionStatus.Planned, x.a.Note)).ToList(),
                r.Responsibilities, r.FollowUpEveryWeeks, r.FirstFollowUpOn, r.Evaluation, nextMeeting, r.EstimatedSupportMonths,
                others.Select(x => new LinkedPlan(x.p.Kind!.Value, x.p.Reference ?? "", x.p.Owner ?? "", x.p.ReconciliationNote)).ToList());
            try
            {
                return content.Validated();
            }
            catch (DomainValidationException ex)
            {
                // The domain numbers the rows it was given; the user numbered the rows on the form.
                string Remap(string field) =>
                    Renumber(Renumber(Renumber(field, "goals", goals.Select(x => x.i).ToList()), "actions", actions.Select(x => x.i).ToList()),
                        "otherPlans", others.Select(x => x.i).ToList());
                throw new DomainValidationException(ex.Errors.Select(e => e with { Field = Remap(e.Field) }).ToList());
            }
        }

        private static string Renumber(string field, string list, IReadOnlyList<int> original)
        {
            var prefix = list + "[";
            if (!field.StartsWith(prefix, StringComparison.Ordinal))
            {
                return field;
            }
            var end = field.IndexOf(']', StringComparison.Ordinal);
            return int.TryParse(field[prefix.Length..end], out var i) && i < original.Count
                ? $"{prefix}{original[i]}{field[end..]}"
                : field;
        }
    }

    public static void Map(RouteGroupBuilder plan) =>
        plan.MapPut("/", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Ok(new { version = await handler.Handle(clientId, request, ct) }))
            .WithSummary("Saves the plan as a new version; basedOnVersion must be the current version (409 otherwise)");
}
