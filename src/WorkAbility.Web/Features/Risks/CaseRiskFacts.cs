using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Services;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Risks;

/// <summary>One case as the risk radar and the worklists see it, read for many cases in one query.</summary>
[Published]
public sealed class CaseRiskRow
{
    public Guid CaseId { get; init; }
    public Guid ClientId { get; init; }
    public Guid? RegisteredAt { get; init; }
    public Guid OrganisationId { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public CaseStage Stage { get; init; }
    public ServicePath Path { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public Guid? CoordinatorId { get; init; }
    public Guid? HandedOverToOrganisationId { get; init; }
    public DateTimeOffset StageChangedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public DateOnly? EmploymentEndedOn { get; init; }
    public bool OccupationalHealthResponsible { get; init; }
    public DateTimeOffset? OldestConcernNotRaisedAt { get; init; }
    public DateTimeOffset? TeamFormedAt { get; init; }
    public Guid? CaseManagerId { get; init; }
    public DateTimeOffset? CaseManagerSince { get; init; }
    public Guid? ProposedSuccessorId { get; init; }
    public DateTimeOffset? HandoverProposedAt { get; init; }
    public ClientSituation? Situation { get; init; }
    public bool HasValidConsent { get; init; }
    public Guid? PlanId { get; init; }
    public bool PlanHasResponsibleProfessionals { get; init; }
    public DateTimeOffset? PlanNextMeetingAt { get; init; }
    public int? PlanFollowUpEveryWeeks { get; init; }
    public bool PlanLinksTyp { get; init; }
    public int PlanDidNotAttend { get; init; }
    public DateOnly? EarliestOpenDueOn { get; init; }
    public DateOnly? LastContactOn { get; init; }
    public int ReferralsDidNotAttend { get; init; }
    public DateTimeOffset? OldestOpenReferralSentAt { get; init; }
    public DateTimeOffset? OldestUnansweredReferralSentAt { get; init; }
    public DateTimeOffset? OldestUnacknowledgedContinuityAt { get; init; }
    public DateOnly? SickLeaveSince { get; init; }
    public DateOnly? LastNegotiationOn { get; init; }
    public DateOnly? EarlySupportOn { get; init; }
    public WorkplaceMeasures? WorkplaceMeasures { get; init; }
    public ServiceLimits? LimitedBy { get; init; }
    public int OpenReferralsOutsideConsent { get; init; }
    public bool HasTypReferral { get; init; }
    public bool? LikelyTypClient { get; init; }
    public DateTimeOffset? LastAssessedAt { get; init; }
    public DateTimeOffset? LastScoredAssessmentAt { get; init; }
    public DateTimeOffset? LastSelfAssessedAt { get; init; }
    public DateOnly? LastKykyviisariOn { get; init; }
    public CurrentNeed? LastReviewNeed { get; init; }
    public WorkAbility.Domain.Assessment.LevelOfSupport? Level { get; init; }
    public Guid? OwnerId { get; init; }
    public bool OwnerActive { get; init; }
    public DateTimeOffset? OldestUnansweredMessageAt { get; init; }

    public string ClientName => LastName + ", " + FirstName;

    /// <summary>The follow-up date the lists show and sort by: none before follow-up has started (SupportCase.FollowUpStarted),
    /// so a case reopened at the assessment with old dues is not listed as overdue when no contact can be recorded.</summary>
    public DateOnly? FollowUpDueOn => SupportCase.FollowUpStarted(Stage) ? EarliestOpenDueOn : null;

    /// <summary>Where the case stands for the lists that count it (the kept <see cref="WorkAbility.Domain.Risks.CaseRiskState"/>).</summary>
    public WorkAbility.Domain.Risks.CaseStanding Standing => new(ClientId, OrganisationId, LastName, FirstName)
    {
        Stage = Stage, StageChangedAt = StageChangedAt, HandedOverToOrganisationId = HandedOverToOrganisationId, CoordinatorId = CoordinatorId, HasTeam = TeamFormedAt is not null,
        CaseManagerId = CaseManagerId, ProposedSuccessorId = ProposedSuccessorId, OwnerId = OwnerId,
    };
}

/// <summary>
/// Reads the facts the risk radar needs (F24) for a set of cases: one query for the cases with
/// everything summarised by correlated subqueries, and one for their teams' professions (key
/// actors). The number of queries does not grow with the number of cases.
/// </summary>
[Published]
public sealed class CaseRiskFacts(AppDbContext db, RiskThresholds thresholds)
{
    public RiskThresholds Thresholds => thresholds;

    public async Task<IReadOnlyList<(CaseRiskRow Row, IReadOnlyList<RiskFinding> Risks)>> Evaluate(IQueryable<SupportCase> cases, DateTimeOffset now, CancellationToken ct)
    {
        var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
        var rows = await Rows(cases, today).ToListAsync(ct);
        var members = (await (from m in db.TeamMemberships.AsNoTracking()
                              where m.LeftAt == null && cases.Any(c => c.Id == m.SupportCaseId)
                              join p in db.Professionals on m.ProfessionalId equals p.Id
                              join o in db.Organisations on p.OrganisationId equals o.Id
                              select new { m.SupportCaseId, p.Profession, o.Kind }).ToListAsync(ct))
            .ToLookup(m => m.SupportCaseId, m => (m.Profession, m.Kind));
        return rows.Select(r => (r, RiskRadar.Evaluate(Facts(r, members[r.CaseId].ToList(), thresholds, now), thresholds, now))).ToList();
    }

    public static RiskFacts Facts(CaseRiskRow r, IReadOnlyList<(Profession, OrganisationKind)> members, RiskThresholds thresholds, DateTimeOffset now) => new()
    {
        Stage = r.Stage,
        Path = r.Path,
        OpenedAt = r.OpenedAt,
        CoordinatorId = r.CoordinatorId,
        OldestConcernNotRaisedAt = r.OldestConcernNotRaisedAt,
        HasTeam = r.TeamFormedAt is not null,
        TeamFormedAt = r.TeamFormedAt,
        HasValidConsent = r.HasValidConsent,
        MissingKeyActors = r.TeamFormedAt is null ? 0 : KeyActors.Missing(r.Path, r.Situation ?? ClientSituation.None, members).Count,
        CaseManagerId = r.CaseManagerId,
        CaseManagerSince = r.CaseManagerSince,
        // An expired proposal is no longer pending; it stops being a risk of its own.
        HandoverProposedAt = CaseTeam.IsPending(r.HandoverProposedAt, now, thresholds.HandoverValidity) ? r.HandoverProposedAt : null,
        HasPlan = r.PlanId is not null,
        PlanHasResponsibleProfessionals = r.PlanHasResponsibleProfessionals,
        PlanNextMeetingAt = r.PlanNextMeetingAt,
        PlanFollowUpEveryWeeks = r.PlanFollowUpEveryWeeks,
        PlanLinksTyp = r.PlanLinksTyp,
        EarliestOpenDueOn = r.EarliestOpenDueOn,
        LastContactOn = r.LastContactOn,
        MissedAppointments = r.PlanDidNotAttend + r.ReferralsDidNotAttend,
        OldestOpenReferralSentAt = r.OldestOpenReferralSentAt,
        OldestUnansweredReferralSentAt = r.OldestUnansweredReferralSentAt,
        OldestUnacknowledgedContinuityAt = r.OldestUnacknowledgedContinuityAt,
        SickLeaveSince = r.SickLeaveSince,
        LastNegotiationOn = r.LastNegotiationOn,
        EarlySupportOn = r.EarlySupportOn,
        WorkplaceMeasures = r.WorkplaceMeasures ?? WorkplaceMeasures.None,
        LimitedBy = r.LimitedBy ?? ServiceLimits.None,
        OpenReferralsOutsideConsent = r.OpenReferralsOutsideConsent,
        HasTypReferral = r.HasTypReferral,
        LikelyTypClient = r.LikelyTypClient,
        LastAssessedAt = r.LastAssessedAt,
        LastMeasuredAt = LastMeasured(r),
        LastReviewNeed = r.LastReviewNeed,
        EndedAt = r.EndedAt,
        Outcome = r.Outcome,
        EmploymentEndedOn = r.EmploymentEndedOn,
        OccupationalHealthResponsible = r.OccupationalHealthResponsible,
        LowThresholdLevel = r.Level is { } level && LowThresholdRoute.Applies(level),
        OwnerActive = r.OwnerActive,
        OldestUnansweredMessageAt = r.OldestUnansweredMessageAt,
    };

    /// <summary>The latest of the client's measures of work ability, whichever instrument (MeasurePoints).</summary>
    public static DateTimeOffset? LastMeasured(CaseRiskRow r) =>
        new[] { r.LastScoredAssessmentAt, r.LastSelfAssessedAt,
            r.LastKykyviisariOn is { } on ? WorkAbility.Domain.Common.FinnishCalendar.NoonOf(on) : null }.Max();

    private IQueryable<CaseRiskRow> Rows(IQueryable<SupportCase> cases, DateOnly today)
    {
        var validConsent = WorkAbility.Domain.Consents.Consent.ValidOn(today);
        return from c in cases.AsNoTracking()
        join client in db.Clients on c.ClientId equals client.Id
        join t in db.Teams on c.Id equals t.SupportCaseId into teams
        from team in teams.DefaultIfEmpty()
        join p in db.Plans on c.Id equals p.SupportCaseId into plans
        from plan in plans.DefaultIfEmpty()
        select new CaseRiskRow
        {
            CaseId = c.Id,
            ClientId = c.ClientId,
            RegisteredAt = client.RegisteredAtOrganisationId,
            OrganisationId = c.OpenedAtOrganisationId,
            FirstName = client.FirstName,
            LastName = client.LastName,
            Stage = c.Stage,
            Path = c.Path,
            OpenedAt = c.OpenedAt,
            CoordinatorId = c.CoordinatorId,
            HandedOverToOrganisationId = c.HandedOverToOrganisationId,
            StageChangedAt = c.StageChangedAt,
            EndedAt = c.EndedAt,
            Outcome = c.Outcome,
            EmploymentEndedOn = c.EmploymentEndedOn,
            OccupationalHealthResponsible = c.Path == ServicePath.EmployedWithOccupationalHealth && c.OccupationalHealthOrganisationId != null && c.HandedOverToOrganisationId == null,
            OldestConcernNotRaisedAt = db.Concerns.Where(k => k.SupportCaseId == c.Id && k.RaisedWithClientAt == null).Min(k => (DateTimeOffset?)k.RecordedAt),
            TeamFormedAt = team == null ? null : team.FormedAt,
            CaseManagerId = team == null ? null : team.CaseManagerId,
            CaseManagerSince = team == null ? null : team.CaseManagerSince,
            ProposedSuccessorId = team == null ? null : team.ProposedSuccessorId,
            HandoverProposedAt = team == null ? null : team.HandoverProposedAt,
            Situation = team == null ? null : team.Situation,
            HasValidConsent = db.Consents.Where(validConsent).Any(k => k.ClientId == c.ClientId),
            PlanId = plan == null ? null : plan.Id,
            PlanHasResponsibleProfessionals = plan != null && plan.HasResponsibleProfessionals,
            PlanNextMeetingAt = plan == null ? null : plan.NextMeetingAt,
            PlanFollowUpEveryWeeks = plan == null ? null : plan.FollowUpEveryWeeks,
            PlanLinksTyp = plan != null && plan.LinksTypPlan,
            PlanDidNotAttend = plan == null ? 0 : plan.DidNotAttendCount,
            EarliestOpenDueOn = db.FollowUpDues.Where(d => d.SupportCaseId == c.Id && d.MetOn == null).Min(d => (DateOnly?)d.DueOn),
            LastContactOn = db.FollowUpContacts.Where(k => k.SupportCaseId == c.Id).Max(k => (DateOnly?)k.ContactOn),
            ReferralsDidNotAttend = db.Referrals.Count(r => r.SupportCaseId == c.Id && r.Status == ReferralStatus.DidNotAttend),
            OldestOpenReferralSentAt = db.Referrals.Where(r => r.SupportCaseId == c.Id && ReferralTransitions.OpenStatuses.Contains(r.Status)).Min(r => (DateTimeOffset?)r.SentAt),
            OldestUnansweredReferralSentAt = db.Referrals.Where(r => r.SupportCaseId == c.Id && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received))
                .Min(r => (DateTimeOffset?)r.SentAt),
            SickLeaveSince = db.EmployerSides.Where(e => e.SupportCaseId == c.Id).Select(e => e.SickLeaveSince).FirstOrDefault(),
            EarlySupportOn = db.EmployerSides.Where(e => e.SupportCaseId == c.Id).Select(e => e.EarlySupportOn).FirstOrDefault(),
            WorkplaceMeasures = db.EmployerSides.Where(e => e.SupportCaseId == c.Id).Select(e => (WorkplaceMeasures?)e.Measures).FirstOrDefault(),
            LimitedBy = db.EmployerSides.Where(e => e.SupportCaseId == c.Id).Select(e => (ServiceLimits?)e.LimitedBy).FirstOrDefault(),
            LastNegotiationOn = db.WorkAbilityNegotiations.Where(n => n.SupportCaseId == c.Id).Max(n => (DateOnly?)n.HeldOn),
            OldestUnacknowledgedContinuityAt = db.ContinuityHandoffs.Where(h => h.SupportCaseId == c.Id && h.AcknowledgedAt == null).Min(h => (DateTimeOffset?)h.SentAt),
            // ReferralConsent.Covers in SQL: the holding organisation, or a valid consent naming the provider.
            OpenReferralsOutsideConsent = db.Referrals.Count(r => r.SupportCaseId == c.Id && ReferralTransitions.OpenStatuses.Contains(r.Status)
                && r.ToOrganisationId != c.OpenedAtOrganisationId
                && !db.Consents.Where(validConsent).Any(k => k.ClientId == c.ClientId && k.OrganisationIds.Contains(r.ToOrganisationId))),
            HasTypReferral = db.Referrals.Any(r => r.SupportCaseId == c.Id && r.Status != ReferralStatus.Declined && r.Status != ReferralStatus.Withdrawn &&
                db.Services.Any(s => s.Id == r.ServiceId && s.Category == ServiceCategory.Typ)),
            LikelyTypClient = db.NeedAssessments.Where(a => a.SupportCaseId == c.Id).OrderByDescending(a => a.AssessedAt).Select(a => a.LikelyTypClient).FirstOrDefault(),
            LastAssessedAt = db.NeedAssessments.Where(a => a.SupportCaseId == c.Id).Max(a => (DateTimeOffset?)a.AssessedAt),
            LastScoredAssessmentAt = db.NeedAssessments.Where(a => a.SupportCaseId == c.Id && a.WorkAbilityScore != null).Max(a => (DateTimeOffset?)a.AssessedAt),
            LastSelfAssessedAt = db.SelfAssessments.Where(a => a.ClientId == c.ClientId).Max(a => (DateTimeOffset?)a.FilledAt),
            LastKykyviisariOn = db.ExternalMeasures.Where(m => m.ClientId == c.ClientId).Max(m => (DateOnly?)m.MeasuredOn),
            Level = c.Level,
            OwnerId = c.OwnerId,
            OwnerActive = c.OwnerId != null && db.Professionals.Any(p => p.Id == c.OwnerId && p.Active),
            OldestUnansweredMessageAt = db.CaseMessages.Where(m => m.SupportCaseId == c.Id && m.FromClient &&
                    !db.CaseMessages.Any(a => a.ThreadId == m.ThreadId && !a.FromClient && a.SentAt > m.SentAt))
                .Min(m => (DateTimeOffset?)m.SentAt),
            LastReviewNeed = db.FollowUpReviews.Where(v => v.SupportCaseId == c.Id).OrderByDescending(v => v.RecordedAt).Select(v => (CurrentNeed?)v.Need).FirstOrDefault(),
        };
    }
}
