using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Features.Plans;

/// <summary>
/// F14, F16: the team's work ability support plan — read, saved as a new version, compared
/// across versions, printed for the client. Only team members and the case's coordinator write it.
/// </summary>
public sealed class SupportPlans(AppDbContext db, ClientAccess access, TimeProvider clock)
{
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

    public sealed class SaveRequest
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

        public static SaveRequest From(SupportPlan plan)
        {
            var c = plan.Content;
            return new SaveRequest
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
                NextMeetingLocal = c.NextMeetingAt is { } at ? TimeZoneInfo.ConvertTime(at, LocalizerExtensions.Helsinki).DateTime : null,
                EstimatedSupportMonths = c.EstimatedSupportMonths,
                OtherPlans = c.OtherPlans.Select(p => new LinkedPlanInput { Kind = p.Kind, Reference = p.Reference, Owner = p.Owner, ReconciliationNote = p.ReconciliationNote }).ToList(),
                BasedOnVersion = plan.Number,
            };
        }
    }

    public sealed record Choice(Guid Id, string Name);

    public sealed record VersionInfo(int Number, string SavedBy, DateTimeOffset SavedAt);

    public sealed record PlanData(Guid ClientId, string ClientName, Guid? CaseId, CaseStage? Stage, bool TeamFormed, SupportPlan? Plan,
        IReadOnlyList<VersionInfo> Versions, IReadOnlyList<Choice> TeamMembers, IReadOnlyList<Choice> Organisations,
        IReadOnlyList<Services.ServiceCatalogue.ServiceView> Services, IReadOnlyDictionary<Guid, string> People, string? CaseManager,
        DateTimeOffset? NextMeetingFromMinutes, IReadOnlyDictionary<Guid, WorkAbility.Domain.Referrals.ReferralStatus> ReferralStatuses);

    public sealed record Comparison(int From, int To, IReadOnlyList<PlanChange> Changes);

    public async Task<PlanData> Page(Guid clientId, string language, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "plan.view", ct);
        var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
        var services = (await db.Services.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Category).ThenBy(s => s.Name).ToListAsync(ct))
            .Select(s => Services.ServiceCatalogue.View(s, language)).ToList();
        if (supportCase is null)
        {
            return new PlanData(clientId, client.FullName, null, null, false, null, [], [], organisations, services, new Dictionary<Guid, string>(), null, null,
                new Dictionary<Guid, WorkAbility.Domain.Referrals.ReferralStatus>());
        }
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
        var versions = plan is null ? [] : await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.SavedById, v.SavedAt }).ToListAsync(ct);
        var memberIds = team?.CurrentMemberIds.ToList() ?? [];
        var peopleIds = memberIds.Concat(versions.Select(v => v.SavedById))
            .Concat(plan?.Content.Actions.Select(a => a.ResponsibleProfessionalId).OfType<Guid>() ?? []).Distinct().ToList();
        var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        var nextFromMinutes = await db.Meetings.AsNoTracking().Where(m => m.SupportCaseId == supportCase.Id && m.NextMeetingAt != null)
            .OrderByDescending(m => m.MinutesRecordedAt).Select(m => m.NextMeetingAt).FirstOrDefaultAsync(ct);
        // Where each action's referral is (F18): the latest referral per action.
        var referrals = (await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id)
                .Select(r => new { r.PlanActionId, r.Status, r.SentAt }).ToListAsync(ct))
            .OrderBy(r => r.SentAt).GroupBy(r => r.PlanActionId).ToDictionary(g => g.Key, g => g.Last().Status);
        return new PlanData(clientId, client.FullName, supportCase.Id, supportCase.Stage, team is not null, plan,
            versions.Select(v => new VersionInfo(v.Number, people.GetValueOrDefault(v.SavedById, ""), v.SavedAt)).ToList(),
            memberIds.Select(id => new Choice(id, people.GetValueOrDefault(id, ""))).OrderBy(c => c.Name).ToList(),
            organisations, services, people, team is null ? null : people.GetValueOrDefault(team.CaseManagerId), nextFromMinutes, referrals);
    }

    /// <summary>Saves the plan as a new version; a save based on an older version is a conflict (409), never an overwrite.</summary>
    public async Task<int> Save(Guid clientId, SaveRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "plan.save", ct);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("team_not_formed");
        var me = actor.ProfessionalId!.Value;
        if (!team.MayWritePlan(me, supportCase.CoordinatorId))
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
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || Infrastructure.Errors.DatabaseErrors.IsUniqueViolation(e))
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
        var change = WorkAbility.Domain.FollowUp.FollowUpSchedule.Replan(existing, content.FollowUpEveryWeeks, content.FirstFollowUpOn,
            content.EstimatedSupportMonths, WorkAbility.Domain.Consents.ConsentClock.Today(now));
        db.FollowUpDues.RemoveRange(change.Remove);
        db.FollowUpDues.AddRange(change.Add.Select(d => WorkAbility.Domain.FollowUp.FollowUpDue.On(caseId, d)));
    }

    /// <summary>The plan's versions, newest first, with who saved each; one access-log entry.</summary>
    public async Task<IReadOnlyList<VersionInfo>> Versions(Guid clientId, CancellationToken ct)
    {
        await access.ReadClient(clientId, "plan.versions", ct);
        return await db.PlanVersions.AsNoTracking()
            .Where(v => db.Plans.Any(p => p.Id == v.PlanId && db.SupportCases.Any(c => c.Id == p.SupportCaseId && c.ClientId == clientId)))
            .Join(db.Professionals, v => v.SavedById, p => p.Id, (v, p) => new { v.Number, v.SavedAt, Name = p.FirstName + " " + p.LastName })
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionInfo(v.Number, v.Name, v.SavedAt))
            .ToListAsync(ct);
    }

    public async Task<PlanContent> VersionContent(Guid clientId, int number, CancellationToken ct)
    {
        await access.ReadClient(clientId, "plan.version", ct);
        return await LoadVersion(clientId, number, ct);
    }

    public async Task<Comparison> Compare(Guid clientId, int from, int to, CancellationToken ct)
    {
        await access.ReadClient(clientId, "plan.compare", ct);
        var before = await LoadVersion(clientId, from, ct);
        var after = await LoadVersion(clientId, to, ct);
        return new Comparison(from, to, PlanComparison.Compare(before, after));
    }

    private async Task<PlanContent> LoadVersion(Guid clientId, int number, CancellationToken ct) =>
        await db.PlanVersions.AsNoTracking()
            .Where(v => v.Number == number && db.Plans.Any(p => p.Id == v.PlanId && db.SupportCases.Any(c => c.Id == p.SupportCaseId && c.ClientId == clientId)))
            .OrderByDescending(v => v.SavedAt).Select(v => v.Content).FirstOrDefaultAsync(ct)
        ?? throw new DomainRuleException("plan_version_not_found");

    /// <summary>
    /// Builds the domain content from the form or API: blank rows are dropped, new rows get their
    /// ids, and errors keep pointing at the row the user typed in.
    /// </summary>
    private async Task<PlanContent> ToContent(SaveRequest r, CancellationToken ct)
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
        var nextMeeting = r.NextMeetingAt ?? (r.NextMeetingLocal is { } local ? LocalizerExtensions.FromHelsinki(local) : null);
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

    /// <summary>The next meeting agreed in the minutes flows into the plan as a new version (F12 → F14).</summary>
    public static PlanVersion? CarryNextMeeting(SupportPlan? plan, DateTimeOffset? nextMeetingAt, Guid byId, DateTimeOffset now) =>
        plan is null || nextMeetingAt is null || plan.Content.NextMeetingAt == nextMeetingAt
            ? null
            : plan.Revise(plan.Content with { NextMeetingAt = nextMeetingAt }, plan.Number, byId, now);
}
