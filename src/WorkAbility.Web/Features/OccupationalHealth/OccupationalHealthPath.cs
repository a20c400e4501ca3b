using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// The occupational health path (F25, F26): OH holds overall responsibility while the client also
/// uses county services; OH records the early support discussion and, when employment ends or the
/// client cannot return to work (and is not retiring), hands the client over to the county's work
/// ability coordinator with a work ability summary. The coordinator receives it on their desk.
/// </summary>
public sealed class OccupationalHealthPath(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public sealed record NoteRequest(string? Note);

    public sealed record EmploymentEndedRequest(DateOnly? EmploymentEndedOn);

    public sealed class HandOverRequest
    {
        public Guid? ToOrganisationId { get; set; }
        public OhHandoverReason? Reason { get; set; }
        public DateOnly? EmploymentEndedOn { get; set; }
        public string? WorkAbilitySummary { get; set; }
        public string? SickLeaveHistory { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    public sealed record Discussion(DateTimeOffset At, string Note);

    public sealed record AssessmentLine(DateTimeOffset AssessedAt, string Level, int? WorkAbilityScore, string Reasons);

    public sealed record HandoverView(Guid Id, string From, string To, OhHandoverReason Reason, string WorkAbilitySummary, string? SickLeaveHistory,
        string HandedOverBy, DateTimeOffset HandedOverAt, string? ReceivedBy, DateTimeOffset? ReceivedAt);

    public sealed record PageData(Guid ClientId, string ClientName, Guid? CaseId, ServicePath? Path, CaseStage? Stage, string? ResponsibleOrganisation,
        bool IsResponsibleOh, bool MayRecordEarlySupport, DateOnly? EmploymentEndedOn, IReadOnlyList<Discussion> EarlySupportDiscussions, IReadOnlyList<Choice> CountyOrganisations,
        IReadOnlyList<HandoverView> Handovers, IReadOnlyList<AssessmentLine> Assessments, string? PlanGoal, int? PlanVersion, bool MayReceive);

    public async Task<PageData> Page(Guid clientId, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "oh.view", ct);
        var actor = access.Actor;
        var counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SoteCentre).OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
        var supportCase = await db.SupportCases.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);
        if (supportCase is null)
        {
            return new PageData(clientId, client.FullName, null, null, null, null, false, false, null, [], counties, [], [], null, null, false);
        }
        var orgNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var handovers = await db.OhHandovers.AsNoTracking().Where(h => h.SupportCaseId == supportCase.Id).OrderByDescending(h => h.HandedOverAt).ToListAsync(ct);
        var peopleIds = handovers.Select(h => h.HandedOverById).Concat(handovers.Select(h => h.ReceivedById).OfType<Guid>()).Distinct().ToList();
        var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        // The work ability summary: the assessments and the plan, as far as the consent lets them be shown.
        var assessments = access.MayShow(clientId, DataCategory.HealthData)
            ? (await db.NeedAssessments.AsNoTracking().Where(a => a.SupportCaseId == supportCase.Id).OrderByDescending(a => a.AssessedAt).ToListAsync(ct))
                .Select(a => new AssessmentLine(a.AssessedAt, a.Level.ToString(), a.WorkAbilityScore, a.Reasons)).ToList()
            : [];
        var plan = await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == supportCase.Id).Select(p => new { p.Content, p.Number }).FirstOrDefaultAsync(ct);
        bool responsibleOh = actor.OrganisationId is { } org && supportCase.IsOccupationalHealthOf(org);
        return new PageData(clientId, client.FullName, supportCase.Id, supportCase.Path, supportCase.Stage,
            orgNames.GetValueOrDefault(supportCase.ResponsibleOrganisationId), responsibleOh,
            actor.ProfessionalId is not null && (responsibleOh || supportCase.Path is ServicePath.EmployedWithoutOccupationalHealth),
            supportCase.EmploymentEndedOn,
            supportCase.Events.Where(e => e.Kind == CaseEventKind.EarlySupportDiscussion).Select(e => new Discussion(e.OccurredAt, e.Note ?? "")).ToList(),
            counties,
            handovers.Select(h => new HandoverView(h.Id, orgNames.GetValueOrDefault(h.FromOrganisationId, ""), orgNames.GetValueOrDefault(h.ToOrganisationId, ""), h.Reason,
                h.WorkAbilitySummary, h.SickLeaveHistory, people.GetValueOrDefault(h.HandedOverById, ""), h.HandedOverAt,
                h.ReceivedById is { } r ? people.GetValueOrDefault(r) : null, h.ReceivedAt)).ToList(),
            assessments, plan?.Content.ClientGoal, plan?.Number,
            actor.Role is StaffRole.Coordinator && handovers.Any(h => h.ReceivedAt is null && h.ToOrganisationId == actor.OrganisationId));
    }

    /// <summary>
    /// The early support discussion (varhaisen tuen keskustelu) is recorded on the case: by the
    /// responsible OH unit on its path (F26), by the professional serving an employed client without
    /// occupational health (an entrepreneur, a gig worker) on theirs (F25).
    /// </summary>
    public async Task RecordEarlySupportDiscussion(Guid clientId, NoteRequest request, CancellationToken ct)
    {
        var (actor, supportCase) = await LoadOh(clientId, "oh.early-support", ct, employedWithoutOhToo: true);
        var errors = new List<FieldError>();
        var note = TextRules.RequiredText(request.Note, "note", SupportCase.ReasonMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        supportCase.Record(CaseEventKind.EarlySupportDiscussion, actor.ProfessionalId, clock.GetUtcNow(), note);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>OH records that employment ended; a handover to the county should follow (the risk radar watches).</summary>
    public async Task RecordEmploymentEnded(Guid clientId, EmploymentEndedRequest request, CancellationToken ct)
    {
        var (actor, supportCase) = await LoadOh(clientId, "oh.employment-ended", ct);
        var now = clock.GetUtcNow();
        supportCase.RecordEmploymentEnded(request.EmploymentEndedOn, actor.OrganisationId!.Value, actor.ProfessionalId, now, FinnishCalendar.DateOf(now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// OH hands the client over to the county's coordinator with a work ability summary. The
    /// client's consent must name the receiving organisation: the summary is health data crossing
    /// from occupational health to the county.
    /// </summary>
    public async Task HandOver(Guid clientId, HandOverRequest request, CancellationToken ct)
    {
        var (actor, supportCase) = await LoadOh(clientId, "oh.handover", ct);
        var now = clock.GetUtcNow();
        var myOrg = actor.OrganisationId!.Value;
        var handover = OhHandover.Create(supportCase.Id, myOrg, request.ToOrganisationId, request.Reason, request.WorkAbilitySummary,
            request.SickLeaveHistory, actor.ProfessionalId!.Value, now);
        var to = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == handover.ToOrganisationId, ct);
        if (to is null || to.Kind is not OrganisationKind.SoteCentre)
        {
            throw new DomainValidationException([new FieldError("toOrganisationId", "invalid_choice")]);
        }
        if (!access.ConsentedCategories(clientId, to.Id).HasFlag(DataCategory.HealthData))
        {
            throw new DomainRuleException("oh_handover_needs_consent", "toOrganisationId");
        }
        bool employmentEnded = handover.Reason is OhHandoverReason.EmploymentEnded;
        if (employmentEnded && supportCase.EmploymentEndedOn is null)
        {
            supportCase.RecordEmploymentEnded(request.EmploymentEndedOn, myOrg, actor.ProfessionalId, now, FinnishCalendar.DateOf(now));
        }
        supportCase.HandOverFromOccupationalHealth(to.Id, employmentEnded, myOrg, actor.ProfessionalId, now);
        db.OhHandovers.Add(handover);
        var coordinators = await db.Professionals.AsNoTracking()
            .Where(p => p.OrganisationId == to.Id && p.Active && p.Role == StaffRole.Coordinator).Select(p => p.Id).ToListAsync(ct);
        db.Notifications.AddRange(coordinators.Select(c => Notification.To(c, NotificationKind.OhHandoverReceived, supportCase.Id, now)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The county's coordinator receives the handover and becomes the case's coordinator.</summary>
    public async Task Receive(Guid clientId, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "oh.handover.receive", ct);
        if (actor.Role is not StaffRole.Coordinator)
        {
            throw new DomainRuleException("oh_handover_not_yours");
        }
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        if (!await ReceivePending(db, supportCase, actor.ProfessionalId!.Value, actor.OrganisationId!.Value, clock.GetUtcNow(), ct))
        {
            throw new DomainRuleException("oh_handover_not_yours");
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Receives the case's pending OH handover to the coordinator's organisation, if there is one.</summary>
    public static async Task<bool> ReceivePending(AppDbContext db, SupportCase supportCase, Guid coordinatorId, Guid organisationId, DateTimeOffset now, CancellationToken ct)
    {
        var handover = await db.OhHandovers.Where(h => h.SupportCaseId == supportCase.Id && h.ReceivedAt == null && h.ToOrganisationId == organisationId)
            .OrderByDescending(h => h.HandedOverAt).FirstOrDefaultAsync(ct);
        if (handover is null)
        {
            return false;
        }
        handover.Receive(coordinatorId, now);
        supportCase.ReceiveHandover(coordinatorId, organisationId, now);
        return true;
    }

    private async Task<(WorkAbility.Domain.Access.Actor Actor, SupportCase Case)> LoadOh(Guid clientId, string resource, CancellationToken ct,
        bool employedWithoutOhToo = false)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, resource, ct);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        if (employedWithoutOhToo && supportCase.Path is ServicePath.EmployedWithoutOccupationalHealth)
        {
            return (actor, supportCase);
        }
        if (!supportCase.IsOccupationalHealthOf(actor.OrganisationId!.Value))
        {
            throw new DomainRuleException(supportCase.Path is ServicePath.EmployedWithOccupationalHealth ? "oh_not_responsible" : "oh_path_required");
        }
        return (actor, supportCase);
    }
}
