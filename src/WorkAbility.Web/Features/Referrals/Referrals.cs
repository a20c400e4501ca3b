using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// Closed-loop referrals (F18): a plan action that uses a catalogue service is sent to the service's
/// provider; the provider's professionals see it in their inbox and move it along the loop; the
/// team sees where it is. Sending across organisations needs the client's consent naming the
/// provider, and an open referral lets the provider's professionals see the client (with that consent).
/// </summary>
public sealed class Referrals(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public sealed record SendRequest(Guid? ActionId, string? Note);

    public sealed class MoveRequest
    {
        public ReferralStatus? Status { get; set; }
        public string? Reason { get; set; }
        public EmploymentOutcome? Outcome { get; set; }
        public int? HoursPerWeek { get; set; }
        public string? Employer { get; set; }
        public string? Version { get; set; }
    }

    public sealed record ReferralView(Guid Id, Guid ActionId, Guid ServiceId, string Service, string Provider, ReferralStatus Status,
        DateTimeOffset SentAt, DateTimeOffset StatusChangedAt, string? Note, string? DeclineReason, EmploymentOutcome? Outcome, int? HoursPerWeek, string? Employer);

    public sealed record InboxRow(Guid Id, Guid ClientId, string ClientName, string Service, string SentBy, string FromOrganisation, DateTimeOffset SentAt,
        ReferralStatus Status, int DaysWaiting);

    public sealed record Detail(ReferralView Referral, Guid ClientId, string ClientName, string SentBy, string FromOrganisation, string Version,
        IReadOnlyList<ReferralStatus> NextMoves, bool IsProvider, bool IsSender);

    /// <summary>Sends the plan action's service to its provider as a referral.</summary>
    public async Task<Guid> Send(Guid clientId, SendRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "referral.send", ct);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("team_not_formed");
        var me = actor.ProfessionalId!.Value;
        if (!team.MayWritePlan(me, supportCase.CoordinatorId))
        {
            throw new DomainRuleException("plan_written_by_team");
        }
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("follow_up_needs_plan");
        var action = plan.Content.Actions.FirstOrDefault(a => a.Id == request.ActionId)
            ?? throw new DomainValidationException([new FieldError("actionId", TextRules.Required)]);
        if (action.ServiceId is not { } serviceId)
        {
            throw new DomainRuleException("referral_needs_service", "actionId");
        }
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == serviceId, ct);
        if (service.ProviderOrganisationId is not { } provider)
        {
            throw new DomainRuleException("referral_needs_provider", "actionId");
        }
        var now = clock.GetUtcNow();
        if (provider != supportCase.OpenedAtOrganisationId && access.ConsentedCategories(clientId, provider) is DataCategory.None)
        {
            throw new DomainRuleException("referral_needs_consent", "actionId");
        }
        var open = await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && ReferralTransitions.OpenStatuses.Contains(r.Status))
            .Select(r => r.ServiceId).ToListAsync(ct);
        var referral = Referral.Send(supportCase.Id, action.Id, serviceId, provider, request.Note, open, me, now);
        db.Referrals.Add(referral);
        supportCase.Record(CaseEventKind.ReferralSent, me, now, service.Name);
        // The provider's professionals are told; the notice names the case, never the client.
        var recipients = await db.Professionals.AsNoTracking()
            .Where(p => p.OrganisationId == provider && p.Active && (p.Role == StaffRole.Professional || p.Role == StaffRole.Coordinator))
            .Select(p => p.Id).ToListAsync(ct);
        db.Notifications.AddRange(recipients.Select(r => Notification.To(r, NotificationKind.ReferralReceived, supportCase.Id, now)));
        await db.SaveChangesAsync(ct);
        return referral.Id;
    }

    public sealed record ActionRow(Guid ActionId, string Title, string Service, string? Provider, bool ProviderNeedsConsent, ReferralView? Latest);

    public sealed record CasePageData(Guid ClientId, string ClientName, bool HasPlan, bool MaySend, IReadOnlyList<ActionRow> Actions);

    /// <summary>The plan's service actions with their referrals, for the case's referral page; one access-log entry.</summary>
    public async Task<CasePageData> CasePage(Guid clientId, string language, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "referral.list", ct);
        var actor = access.Actor;
        var supportCase = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
        var plan = supportCase is null ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
        if (supportCase is null || plan is null)
        {
            return new CasePageData(clientId, client.FullName, false, false, []);
        }
        var referrals = await Views(db.Referrals.Where(r => r.SupportCaseId == supportCase.Id), language, ct);
        var serviceIds = plan.Content.Actions.Select(a => a.ServiceId).OfType<Guid>().ToList();
        var services = await (from s in db.Services.AsNoTracking()
                              where serviceIds.Contains(s.Id)
                              join o in db.Organisations on s.ProviderOrganisationId equals o.Id into providers
                              from o in providers.DefaultIfEmpty()
                              select new { Service = s, Provider = o == null ? null : o.Name }).ToDictionaryAsync(s => s.Service.Id, ct);
        bool maySend = supportCase.IsActive && actor.ProfessionalId is { } me &&
            await IsOnSendingTeam(supportCase.Id, supportCase.CoordinatorId, me, ct);
        var rows = plan.Content.Actions.Where(a => a.ServiceId is { } sid && services.ContainsKey(sid)).Select(a =>
        {
            var (s, providerName) = (services[a.ServiceId!.Value].Service, services[a.ServiceId!.Value].Provider);
            var name = s.NameIn(language);
            return new ActionRow(a.Id, string.IsNullOrWhiteSpace(a.Title) ? name : a.Title, name, providerName,
                s.ProviderOrganisationId is { } p && p != supportCase.OpenedAtOrganisationId && access.ConsentedCategories(clientId, p) is DataCategory.None,
                referrals.LastOrDefault(r => r.ActionId == a.Id));
        }).ToList();
        return new CasePageData(clientId, client.FullName, true, maySend, rows);
    }

    /// <summary>The referrals of the client's latest case, for the plan and the team.</summary>
    public async Task<IReadOnlyList<ReferralView>> ForClient(Guid clientId, string language, CancellationToken ct)
    {
        await access.ReadClient(clientId, "referral.list", ct);
        var caseId = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return caseId is null ? [] : await Views(db.Referrals.Where(r => r.SupportCaseId == caseId), language, ct);
    }

    /// <summary>
    /// The provider's inbox: open referrals to the caller's organisation, oldest first. Each client
    /// shown is checked by the access policy (the consent must name the provider) and logged.
    /// </summary>
    public async Task<IReadOnlyList<InboxRow>> Inbox(string language, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        var org = actor.OrganisationId!.Value;
        var rows = await (from r in db.Referrals.AsNoTracking()
                          where r.ToOrganisationId == org && ReferralTransitions.OpenStatuses.Contains(r.Status)
                          join c in db.SupportCases on r.SupportCaseId equals c.Id
                          join client in db.Clients on c.ClientId equals client.Id
                          join s in db.Services on r.ServiceId equals s.Id
                          join p in db.Professionals on r.SentById equals p.Id
                          join o in db.Organisations on p.OrganisationId equals o.Id
                          orderby r.SentAt
                          select new { r.Id, c.ClientId, client.RegisteredAtOrganisationId, client.FirstName, client.LastName, Service = s,
                              Sender = p.FirstName + " " + p.LastName, From = o.Name, r.SentAt, r.Status }).ToListAsync(ct);
        var visible = await access.Visible(rows.Select(r => (r.ClientId, r.RegisteredAtOrganisationId)).Distinct().ToList(), "referral.inbox", ct);
        var now = clock.GetUtcNow();
        return rows.Where(r => visible.Contains(r.ClientId)).Select(r => new InboxRow(r.Id, r.ClientId, r.LastName + ", " + r.FirstName,
            r.Service.NameIn(language), r.Sender, r.From, r.SentAt, r.Status, (int)(now - r.SentAt).TotalDays)).ToList();
    }

    public async Task<Detail> Get(Guid referralId, string language, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        var found = await Locate(referralId, ct);
        var client = await access.ReadClient(found.ClientId, "referral.view", ct);
        var view = (await Views(db.Referrals.Where(r => r.Id == referralId), language, ct)).Single();
        var sender = await db.Professionals.AsNoTracking().Where(p => p.Id == found.Referral.SentById)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { Name = p.FirstName + " " + p.LastName, Org = o.Name }).SingleAsync(ct);
        bool isProvider = actor.OrganisationId == found.Referral.ToOrganisationId;
        bool isSender = await IsOnSendingTeam(found.Referral.SupportCaseId, found.CoordinatorId, actor.ProfessionalId!.Value, ct);
        var moves = ReferralTransitions.NextFrom(found.Referral.Status)
            .Where(s => found.Referral.MayMove(s, actor.OrganisationId!.Value, isSender)).ToList();
        return new Detail(view, found.ClientId, client.FullName, sender.Name, sender.Org, found.Referral.Version.ToString("N"), moves, isProvider, isSender);
    }

    /// <summary>
    /// Moves a referral: the provider's professionals receive, accept or decline, start, complete
    /// or mark did-not-attend; the team withdraws. A move based on an old version is a conflict.
    /// </summary>
    public async Task Move(Guid referralId, MoveRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        var found = await Locate(referralId, ct);
        await access.LoadClientForWrite(found.ClientId, "referral.move", ct);
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        if (request.Version is { Length: > 0 } version && Guid.TryParse(version, out var v))
        {
            db.Entry(referral).Property(r => r.Version).OriginalValue = v;
        }
        if (request.Status is not { } to)
        {
            throw new DomainValidationException([new FieldError("status", TextRules.Required)]);
        }
        var me = actor.ProfessionalId!.Value;
        var team = await Team(referral.SupportCaseId, ct);
        if (!referral.MayMove(to, actor.OrganisationId!.Value, CaseTeam.MayWorkOnCase(team, me, found.CoordinatorId)))
        {
            throw new DomainRuleException(ReferralTransitions.IsProvidersMove(to) ? "referral_moved_by_provider" : "referral_withdrawn_by_team", "status");
        }
        var now = clock.GetUtcNow();
        referral.MoveTo(to, me, now, request.Reason, request.Outcome, request.HoursPerWeek, request.Employer);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.Id == referral.SupportCaseId, ct);
        if (supportCase.IsActive)
        {
            supportCase.Record(CaseEventKind.ReferralStatusChanged, me, now, to.ToString());
            db.Notifications.AddRange(new[] { referral.SentById, team?.CaseManagerId ?? referral.SentById }.Distinct().Where(p => p != me)
                .Select(p => Notification.To(p, NotificationKind.ReferralStatusChanged, supportCase.Id, now)));
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> IsOnSendingTeam(Guid caseId, Guid? caseCoordinatorId, Guid me, CancellationToken ct) =>
        CaseTeam.MayWorkOnCase(await Team(caseId, ct), me, caseCoordinatorId);

    private Task<CaseTeam?> Team(Guid caseId, CancellationToken ct) =>
        db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == caseId, ct);

    /// <summary>The referral, its client and case coordinator; an unknown referral looks like a client the caller may not see.</summary>
    private async Task<(Referral Referral, Guid ClientId, Guid? CoordinatorId)> Locate(Guid referralId, CancellationToken ct)
    {
        var found = await (from r in db.Referrals.AsNoTracking()
                           where r.Id == referralId
                           join c in db.SupportCases on r.SupportCaseId equals c.Id
                           select new { r, c.ClientId, c.CoordinatorId }).SingleOrDefaultAsync(ct)
            ?? throw new ClientNotFoundException();
        return (found.r, found.ClientId, found.CoordinatorId);
    }

    private async Task<IReadOnlyList<ReferralView>> Views(IQueryable<Referral> referrals, string language, CancellationToken ct) =>
        (await (from r in referrals.AsNoTracking()
                join s in db.Services on r.ServiceId equals s.Id
                join o in db.Organisations on r.ToOrganisationId equals o.Id
                orderby r.SentAt
                select new { r, Service = s, Provider = o.Name }).ToListAsync(ct))
        .Select(x => new ReferralView(x.r.Id, x.r.PlanActionId, x.r.ServiceId, x.Service.NameIn(language), x.Provider, x.r.Status,
            x.r.SentAt, x.r.StatusChangedAt, x.r.Note, x.r.DeclineReason, x.r.EmploymentOutcome, x.r.HoursPerWeek, x.r.Employer)).ToList();
}
