using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F25, F26: the occupational health path as the page and the API show it — who is responsible,
/// the early support discussions, the handovers with their work ability summary.
/// </summary>
public static class ShowOhPath
{
    public sealed record Choice(Guid Id, string Name);

    public sealed record Discussion(DateTimeOffset At, string Note);

    public sealed record AssessmentLine(DateTimeOffset AssessedAt, string Level, int? WorkAbilityScore, string Reasons);

    public sealed record HandoverView(Guid Id, string From, string To, OhHandoverReason Reason, string WorkAbilitySummary, string? SickLeaveHistory,
        string HandedOverBy, DateTimeOffset HandedOverAt, string? ReceivedBy, DateTimeOffset? ReceivedAt);

    public sealed record View(Guid ClientId, string ClientName, Guid? CaseId, ServicePath? Path, CaseStage? Stage, string? ResponsibleOrganisation,
        bool IsResponsibleOh, bool MayRecordEarlySupport, DateOnly? EmploymentEndedOn, IReadOnlyList<Discussion> EarlySupportDiscussions, IReadOnlyList<Choice> CountyOrganisations,
        IReadOnlyList<HandoverView> Handovers, IReadOnlyList<AssessmentLine> Assessments, string? PlanGoal, int? PlanVersion, bool MayReceive)
    {
        /// <summary>The work ability negotiations held (F34), newest first.</summary>
        public IReadOnlyList<NegotiationView> Negotiations { get; init; } = [];

        /// <summary>Occupational health's own referrals (no team plan behind them), with where each is.</summary>
        public IReadOnlyList<OhReferralView> Referrals { get; init; } = [];

        /// <summary>The services OH can refer to: the catalogue's active services that have a provider.</summary>
        public IReadOnlyList<Choice> Services { get; init; } = [];

        /// <summary>Who to call at the county for a handover: the sote-centres' work ability coordinators (F34).</summary>
        public IReadOnlyList<CoordinatorContact> Coordinators { get; init; } = [];

        /// <summary>The employer side as data (F42): supervisor, early support and its measures, sick leave, limits; null when none recorded.</summary>
        public EmployerSideView? Employer { get; init; }

        /// <summary>The county's questions to occupational health and their answers (F42), newest first.</summary>
        public IReadOnlyList<QuestionView> Questions { get; init; } = [];

        /// <summary>The county's occupational health units: where a question is sent, or the case handed when the employer changes provider.</summary>
        public IReadOnlyList<Choice> OccupationalHealthUnits { get; init; } = [];

        /// <summary>The caller works on the case at the county and may ask occupational health (F42).</summary>
        public bool MayAsk { get; init; }
    }

    public sealed record EmployerSideView(string? SupervisorName, string? SupervisorContact, DateOnly? EarlySupportOn, IReadOnlyList<WorkplaceMeasures> Measures,
        DateOnly? SickLeaveSince, IReadOnlyList<ServiceLimits> LimitedBy, string Version);

    /// <param name="MayAnswer">The caller's organisation was asked, and it is still open.</param>
    public sealed record QuestionView(Guid Id, string To, OhQuestionKind Kind, string Question, string AskedBy, DateTimeOffset AskedAt,
        string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, bool MayAnswer, string Version);

    public sealed record NegotiationView(DateOnly HeldOn, IReadOnlyList<WorkAbility.Domain.Cases.NegotiationParticipant> Participants,
        IReadOnlyList<AgreedMeasures> Measures, string Agreement, DateOnly FollowUpOn, string RecordedBy);

    public sealed record OhReferralView(Guid Id, string Service, string Provider, WorkAbility.Domain.Referrals.ReferralStatus Status, DateTimeOffset SentAt);

    public sealed record CoordinatorContact(string Name, string Organisation, string? Phone, string? Email);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "oh.view", ct);
            var actor = access.Actor;
            var counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SoteCentre).OrderBy(o => o.Name)
                .Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            var supportCase = await db.SupportCases.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, null, null, null, null, false, false, null, [], counties, [], [], null, null, false);
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
            // What was negotiated and where the client was referred describe their health: shown as far as the consent lets them be.
            bool mayShowHealth = access.MayShow(clientId, DataCategory.HealthData);
            var negotiations = await db.WorkAbilityNegotiations.AsNoTracking().Where(n => mayShowHealth && n.SupportCaseId == supportCase.Id)
                .OrderByDescending(n => n.HeldOn).ThenByDescending(n => n.RecordedAt).ToListAsync(ct);
            var recorders = negotiations.Select(n => n.RecordedById).Distinct().ToList();
            var recorderNames = await db.Professionals.AsNoTracking().Where(p => recorders.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var ohReferrals = (await (from r in db.Referrals.AsNoTracking()
                                      where mayShowHealth && r.SupportCaseId == supportCase.Id && r.PlanActionId == null
                                      join sv in db.Services on r.ServiceId equals sv.Id
                                      orderby r.SentAt descending
                                      select new { r.Id, Service = sv, r.ToOrganisationId, r.Status, r.SentAt }).ToListAsync(ct))
                .Select(r => new OhReferralView(r.Id, r.Service.NameIn(language), orgNames.GetValueOrDefault(r.ToOrganisationId, ""), r.Status, r.SentAt)).ToList();
            var services = responsibleOh
                ? (await db.Services.AsNoTracking().Where(sv => sv.Active && sv.ProviderOrganisationId != null).ToListAsync(ct))
                    .Select(sv => new Choice(sv.Id, sv.NameIn(language))).OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true)).ToList()
                : [];
            var coordinators = await (from p in db.Professionals.AsNoTracking()
                                      where p.Active && p.Role == StaffRole.Coordinator
                                      join o in db.Organisations on p.OrganisationId equals o.Id
                                      where o.Kind == OrganisationKind.SoteCentre
                                      orderby o.Name, p.LastName
                                      select new CoordinatorContact(p.FirstName + " " + p.LastName, o.Name, p.WorkPhone, p.WorkEmail)).ToListAsync(ct);
            var side = await db.EmployerSides.AsNoTracking().SingleOrDefaultAsync(e => e.SupportCaseId == supportCase.Id, ct);
            var questions = mayShowHealth ? await db.OhQuestions.AsNoTracking().Where(q => q.SupportCaseId == supportCase.Id).OrderByDescending(q => q.AskedAt).ToListAsync(ct) : [];
            var askers = questions.Select(q => q.AskedById).Concat(questions.Select(q => q.AnsweredById).OfType<Guid>()).Distinct().ToList();
            var askerNames = await db.Professionals.AsNoTracking().Where(p => askers.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
            bool mayAsk = !responsibleOh && supportCase.Path is ServicePath.EmployedWithOccupationalHealth && actor.ProfessionalId is { } me
                && WorkAbility.Domain.Teams.CaseTeam.MayWorkOnCase(team, me, supportCase.CoordinatorId, supportCase.OwnerId);
            var units = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.OccupationalHealth).OrderBy(o => o.Name)
                .Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            return new View(clientId, client.FullName, supportCase.Id, supportCase.Path, supportCase.Stage,
                orgNames.GetValueOrDefault(supportCase.ResponsibleOrganisationId), responsibleOh,
                actor.ProfessionalId is not null && (responsibleOh || supportCase.Path is ServicePath.EmployedWithoutOccupationalHealth),
                supportCase.EmploymentEndedOn,
                supportCase.Events.Where(e => e.Kind == CaseEventKind.EarlySupportDiscussion).Select(e => new Discussion(e.OccurredAt, e.Note ?? "")).ToList(),
                counties,
                handovers.Select(h => new HandoverView(h.Id, orgNames.GetValueOrDefault(h.FromOrganisationId, ""), orgNames.GetValueOrDefault(h.ToOrganisationId, ""), h.Reason,
                    h.WorkAbilitySummary, h.SickLeaveHistory, people.GetValueOrDefault(h.HandedOverById, ""), h.HandedOverAt,
                    h.ReceivedById is { } r ? people.GetValueOrDefault(r) : null, h.ReceivedAt)).ToList(),
                assessments, plan?.Content.ClientGoal, plan?.Number,
                actor.Role is StaffRole.Coordinator && handovers.Any(h => h.ReceivedAt is null && h.ToOrganisationId == actor.OrganisationId))
            {
                Negotiations = negotiations.Select(n => new NegotiationView(n.HeldOn, n.Participants, WorkAbilityNegotiation.Each(n.Measures).ToList(), n.Agreement,
                    n.FollowUpOn, recorderNames.GetValueOrDefault(n.RecordedById, ""))).ToList(),
                Referrals = ohReferrals,
                Services = services,
                Coordinators = coordinators,
                Employer = side is null ? null : new EmployerSideView(side.SupervisorName, side.SupervisorContact, side.EarlySupportOn,
                    EmployerSide.Each(side.Measures).ToList(), side.SickLeaveSince,
                    Enum.GetValues<ServiceLimits>().Where(l => l != ServiceLimits.None && side.LimitedBy.HasFlag(l)).ToList(), side.Version.ToString("N")),
                Questions = questions.Select(q => new QuestionView(q.Id, orgNames.GetValueOrDefault(q.ToOrganisationId, ""), q.Kind, q.Question,
                    askerNames.GetValueOrDefault(q.AskedById, ""), q.AskedAt, q.Answer, q.AnsweredById is { } a ? askerNames.GetValueOrDefault(a) : null, q.AnsweredAt,
                    q.IsOpen && q.ToOrganisationId == actor.OrganisationId, q.Version.ToString("N"))).ToList(),
                OccupationalHealthUnits = units,
                MayAsk = mayAsk,
            };
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/occupational-health", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)));
}
