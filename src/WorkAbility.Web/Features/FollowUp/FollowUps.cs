using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// Follow-up and the end of support (F20, F21, F23): contacts, follow-up meetings that review each
/// goal, the due follow-ups, the case's risks, ending with an outcome and a continuity note, and
/// reopening when the client returns. The team's members and the case's coordinator do this work.
/// </summary>
public sealed class FollowUps(AppDbContext db, ClientAccess access, CaseRiskFacts riskFacts, TimeProvider clock)
{
    public sealed class ContactRequest
    {
        public DateOnly? ContactOn { get; set; }
        public FollowUpChannel? Channel { get; set; }
        public string? Summary { get; set; }
    }

    public sealed record GoalInput(GoalProgress? Progress, string? Note);

    public sealed class ReviewRequest
    {
        public Dictionary<Guid, GoalInput> Goals { get; set; } = [];
        public string? ServicesEffectiveness { get; set; }
        public CurrentNeed? Need { get; set; }
    }

    public sealed class EndRequest
    {
        public CaseOutcome? Outcome { get; set; }
        public string? ClosingEvaluation { get; set; }
        public string? ContinuityNote { get; set; }
    }

    public sealed record ReopenRequest(string? Reason);

    public sealed record ContactView(DateOnly ContactOn, FollowUpChannel Channel, string Summary, string RecordedBy);

    public sealed record ReviewView(DateOnly ReviewedOn, IReadOnlyList<GoalReview> Goals, string? ServicesEffectiveness, CurrentNeed Need, string RecordedBy);

    public sealed record PageData(Guid ClientId, string ClientName, Guid? CaseId, CaseStage? Stage, ServicePath? Path, bool IsActive,
        CaseOutcome? Outcome, DateTimeOffset? EndedAt, string? ClosingEvaluation, string? ContinuityNote, string? CaseManager,
        IReadOnlyList<DateOnly> OpenDues, IReadOnlyList<ContactView> Contacts, IReadOnlyList<ReviewView> Reviews,
        IReadOnlyList<WorkAbility.Domain.Plans.PlanGoal> Goals, IReadOnlyList<RiskFinding> Risks, bool MayWork);

    public async Task<PageData> Page(Guid clientId, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "follow-up.view", ct);
        var actor = access.Actor;
        var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? await db.SupportCases.AsNoTracking().Include(c => c.Events).Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
        if (supportCase is null)
        {
            return new PageData(clientId, client.FullName, null, null, null, false, null, null, null, null, null, [], [], [], [], [], false);
        }
        var caseId = supportCase.Id;
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == caseId, ct);
        var dues = await db.FollowUpDues.AsNoTracking().Where(d => d.SupportCaseId == caseId && d.MetOn == null).OrderBy(d => d.DueOn).Select(d => d.DueOn).ToListAsync(ct);
        var contacts = await db.FollowUpContacts.AsNoTracking().Where(c => c.SupportCaseId == caseId).OrderByDescending(c => c.ContactOn).ThenByDescending(c => c.RecordedAt).ToListAsync(ct);
        var reviews = await db.FollowUpReviews.AsNoTracking().Where(r => r.SupportCaseId == caseId).OrderByDescending(r => r.RecordedAt).ToListAsync(ct);
        var goals = await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == caseId).Select(p => p.Content).FirstOrDefaultAsync(ct);
        var peopleIds = contacts.Select(c => c.RecordedById).Concat(reviews.Select(r => r.RecordedById)).Append(team?.CaseManagerId ?? Guid.Empty).Distinct().ToList();
        var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        // The case's risks are shown only to those who may see its health and plan data in full.
        var risks = access.MayShow(clientId, DataCategory.HealthData)
            ? (await riskFacts.Evaluate(db.SupportCases.Where(c => c.Id == caseId), clock.GetUtcNow(), ct)).SingleOrDefault().Risks ?? []
            : [];
        var me = actor.ProfessionalId;
        bool mayWork = me is { } id && CaseTeam.MayWorkOnCase(team, id, supportCase.CoordinatorId);
        var closing = supportCase.IsActive ? null : supportCase.Events.LastOrDefault(e => e.Kind == CaseEventKind.Ended)?.Note;
        return new PageData(clientId, client.FullName, caseId, supportCase.Stage, supportCase.Path, supportCase.IsActive, supportCase.Outcome, supportCase.EndedAt,
            closing, supportCase.ContinuityNote, team is null ? null : people.GetValueOrDefault(team.CaseManagerId), dues,
            contacts.Select(c => new ContactView(c.ContactOn, c.Channel, c.Summary, people.GetValueOrDefault(c.RecordedById, ""))).ToList(),
            reviews.Select(r => new ReviewView(r.ReviewedOn, r.Goals, r.ServicesEffectiveness, r.Need, people.GetValueOrDefault(r.RecordedById, ""))).ToList(),
            goals?.Goals ?? [], risks, mayWork);
    }

    /// <summary>Records a follow-up contact; it meets the dues up to a week ahead (F20).</summary>
    public async Task RecordContact(Guid clientId, ContactRequest request, CancellationToken ct)
    {
        var (actor, supportCase, _) = await LoadForWork(clientId, "follow-up.contact", ct);
        var now = clock.GetUtcNow();
        var contact = FollowUpContact.Record(supportCase.Id, request.ContactOn, request.Channel, request.Summary, actor.ProfessionalId!.Value, now, FinnishCalendar.DateOf(now));
        db.FollowUpContacts.Add(contact);
        await MeetDues(supportCase.Id, contact.ContactOn, ct);
        supportCase.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, actor.ProfessionalId, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a follow-up meeting's review of every goal, the services' effectiveness and the current need (F21).</summary>
    public async Task RecordReview(Guid clientId, ReviewRequest request, CancellationToken ct)
    {
        var (actor, supportCase, _) = await LoadForWork(clientId, "follow-up.review", ct);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("follow_up_needs_plan");
        var now = clock.GetUtcNow();
        var today = FinnishCalendar.DateOf(now);
        var review = FollowUpReview.Record(supportCase.Id, today, plan.Content.Goals,
            request.Goals.ToDictionary(g => g.Key, g => (g.Value.Progress, g.Value.Note)), request.ServicesEffectiveness, request.Need,
            actor.ProfessionalId!.Value, now);
        db.FollowUpReviews.Add(review);
        await MeetDues(supportCase.Id, today, ct);
        supportCase.NoteFollowUp(CaseEventKind.FollowUpReviewed, actor.ProfessionalId, now, review.Need.ToString());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Ends support with an outcome, a closing evaluation and a continuity note (F23). Follow-ups
    /// not yet met are dropped and referrals not yet started are withdrawn, so no provider keeps
    /// access to the client for a service that will not run.
    /// </summary>
    public async Task End(Guid clientId, EndRequest request, CancellationToken ct)
    {
        var (actor, supportCase, team) = await LoadForWork(clientId, "case.end", ct);
        if (team is not null && !team.MayChange(actor.ProfessionalId!.Value, actor.Role!.Value))
        {
            throw new DomainRuleException("end_by_case_manager_or_coordinator");
        }
        if (request.Outcome is null)
        {
            throw new DomainValidationException([new FieldError("outcome", TextRules.Required)]);
        }
        var now = clock.GetUtcNow();
        supportCase.End(request.Outcome.Value, request.ClosingEvaluation, actor.ProfessionalId, now, request.ContinuityNote);
        db.FollowUpDues.RemoveRange(await db.FollowUpDues.Where(d => d.SupportCaseId == supportCase.Id && d.MetOn == null).ToListAsync(ct));
        var open = await db.Referrals.Where(r => r.SupportCaseId == supportCase.Id && ReferralTransitions.OpenStatuses.Contains(r.Status)).ToListAsync(ct);
        foreach (var referral in open.Where(r => r.WithdrawnWhenSupportEnds))
        {
            referral.MoveTo(ReferralStatus.Withdrawn, actor.ProfessionalId!.Value, now);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The client returns (F23): their last case is reopened with its history, by a coordinator or its case manager.</summary>
    public async Task Reopen(Guid clientId, ReopenRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "case.reopen", ct);
        if (await db.SupportCases.AnyAsync(SupportCase.ActiveOf(clientId), ct))
        {
            throw new DomainRuleException("case_not_ended");
        }
        var supportCase = await db.SupportCases.Include(c => c.Events).Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("no_active_case");
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        if (!CaseTeam.MayReopen(team, actor.ProfessionalId!.Value, actor.Role!.Value))
        {
            throw new DomainRuleException("reopen_by_coordinator");
        }
        supportCase.Reopen(request.Reason, actor.ProfessionalId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<(Actor Actor, SupportCase Case, CaseTeam? Team)> LoadForWork(Guid clientId, string resource, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, resource, ct);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        if (!CaseTeam.MayWorkOnCase(team, actor.ProfessionalId!.Value, supportCase.CoordinatorId))
        {
            throw new DomainRuleException("follow_up_by_team");
        }
        return (actor, supportCase, team);
    }

    /// <summary>A contact or review on <paramref name="on"/> meets the case's open follow-ups due by then (or within a week).</summary>
    private async Task MeetDues(Guid caseId, DateOnly on, CancellationToken ct)
    {
        var open = await db.FollowUpDues.Where(d => d.SupportCaseId == caseId && d.MetOn == null).ToListAsync(ct);
        foreach (var due in FollowUpSchedule.MetBy(open, on))
        {
            due.Meet(on);
        }
    }
}
