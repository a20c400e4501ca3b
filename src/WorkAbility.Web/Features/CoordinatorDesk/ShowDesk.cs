using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Features.Risks;

namespace WorkAbility.Web.Features.CoordinatorDesk;

/// <summary>
/// The work ability coordinator's desk (F9): what waits for a coordinator at their organisation,
/// the consultations to answer, and their own caseload by stage, oldest waiting first. Every
/// client listed is checked by the access policy and logged once.
/// </summary>
public static class ShowDesk
{
    public sealed record CaseRow(Guid ClientId, string ClientName, Guid CaseId, CaseStage Stage, ServicePath Path, DateTimeOffset Since, int DaysWaiting,
        bool FromOccupationalHealth = false)
    {
        /// <summary>The name as said in a sentence ("Matti Mallikas"); lists sort and show <see cref="ClientName"/> ("Mallikas, Matti").</summary>
        public string SpokenName { get; init; } = ClientName;
    }

    public sealed record StageCount(CaseStage Stage, int Count);

    private sealed record Candidate(Guid CaseId, Guid ClientId, Guid? RegisteredAt, string FirstName, string LastName, CaseStage Stage,
        ServicePath Path, DateTimeOffset StageChangedAt, Guid? CoordinatorId, Guid? HandedOverTo);

    /// <summary>A saatelomake waiting at the coordinator's sote-centre (F31): not yet anyone's client, so nothing to decide access on.</summary>
    public sealed record ReferralRow(Guid Id, string Person, string FromOrganisation, string Sender, DateTimeOffset SentAt, int DaysWaiting, bool Opened);

    public sealed record View(IReadOnlyList<CaseRow> Waiting, IReadOnlyList<CaseRow> Caseload, IReadOnlyList<StageCount> CaseloadByStage, int OpenConsultations)
    {
        public int WaitingTotal { get; init; }

        public Paging WaitingPaging { get; init; } = Paging.Of(0, 1, PageSize);

        public int CaseloadTotal { get; init; }

        public Paging CaseloadPaging { get; init; } = Paging.Of(0, 1, PageSize);

        /// <summary>The case just taken on, wherever it falls in the caseload's pages, so the page can name it.</summary>
        public CaseRow? Highlighted { get; init; }

        public IReadOnlyList<ReferralRow> Referrals { get; init; } = [];

        public IReadOnlyList<StrandedRow> Stranded { get; init; } = [];
    }

    /// <summary>
    /// A case on the low-threshold route that nobody in service owns or that has no follow-up agreed (F33):
    /// the coordinator takes it on so it is not left without an end.
    /// </summary>
    public sealed record StrandedRow(Guid ClientId, string ClientName, WorkAbility.Domain.Assessment.LevelOfSupport Level, string? Owner, bool OwnerActive,
        DateOnly? NextFollowUpOn, int DaysInStage);

    /// <summary>Rows per page of the waiting list and of the caseload.</summary>
    public const int PageSize = 50;

    /// <summary>The most saatelomakkeet the desk lists; the rest wait on the saatelomake page, oldest first.</summary>
    public const int ReferralsShown = 50;

    /// <summary>The most stranded low-threshold cases the desk lists, oldest first; the risk radar counts them all.</summary>
    public const int StrandedShown = 50;

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseTallies tallies, TimeProvider clock)
    {
        /// <summary>
        /// The organisation's low-threshold cases without a team or coordinator whose owner has left or that
        /// have no open follow-up: those whose kept risk state shows the risk, oldest in stage first, one page.
        /// <see cref="WorkAbility.Domain.FollowUp.LowThresholdRoute.Stranded"/> decides each row again with the facts of
        /// the moment, so the desk and the radar cannot disagree. Each client shown passes the access door.
        /// </summary>
        private async Task<IReadOnlyList<StrandedRow>> Stranded(Guid org, DateTimeOffset now, CancellationToken ct)
        {
            // The kept states mark the stranded cases (the radar's own rule); partial indexes hold just those, oldest in stage first,
            // for the organisation that opened them and the one they were handed over to: one page of each, merged.
            var marked = db.CaseRiskStates.AsNoTracking().Where(CaseRiskState.StrandedUnclaimed());
            var page = await marked.Where(s => s.OrganisationId == org).OrderBy(s => s.StageChangedAt).ThenBy(s => s.SupportCaseId).Take(StrandedShown)
                .Concat(marked.Where(s => s.HandedOverToOrganisationId == org && s.OrganisationId != org)
                    .OrderBy(s => s.StageChangedAt).ThenBy(s => s.SupportCaseId).Take(StrandedShown))
                .OrderBy(s => s.StageChangedAt).ThenBy(s => s.SupportCaseId).Take(StrandedShown).Select(s => s.SupportCaseId).ToListAsync(ct);
            var rows = await (from c in db.SupportCases.AsNoTracking()
                              where page.Contains(c.Id) && c.Level != null && c.CoordinatorId == null
                              join client in db.Clients.AsNoTracking() on c.ClientId equals client.Id
                              orderby c.StageChangedAt, c.Id
                              select new
                              {
                                  c.ClientId, client.RegisteredAtOrganisationId, client.FirstName, client.LastName, c.Stage, c.Level, c.StageChangedAt,
                                  c.CoordinatorId, HasTeam = db.Teams.Any(t => t.SupportCaseId == c.Id),
                                  Owner = db.Professionals.Where(p => p.Id == c.OwnerId).Select(p => new { Name = p.FirstName + " " + p.LastName, p.Active }).FirstOrDefault(),
                                  NextDue = db.FollowUpDues.Where(d => d.SupportCaseId == c.Id && d.MetOn == null).Min(d => (DateOnly?)d.DueOn),
                              }).ToListAsync(ct);
            rows = rows.Where(r => WorkAbility.Domain.FollowUp.LowThresholdRoute.Stranded(new WorkAbility.Domain.Risks.RiskFacts
            {
                Stage = r.Stage, LowThresholdLevel = r.Level is { } level && WorkAbility.Domain.FollowUp.LowThresholdRoute.Applies(level), HasTeam = r.HasTeam,
                CoordinatorId = r.CoordinatorId,
                OwnerActive = r.Owner?.Active ?? false, EarliestOpenDueOn = r.NextDue,
            })).ToList();
            var visible = await access.Visible(rows.Select(r => (r.ClientId, r.RegisteredAtOrganisationId)).ToList(), "coordinator.desk", ct);
            return rows.Where(r => visible.Contains(r.ClientId)).Select(r => new StrandedRow(r.ClientId, r.LastName + ", " + r.FirstName, r.Level!.Value,
                r.Owner?.Name, r.Owner?.Active ?? false, r.NextDue, Math.Max(0, (int)(now - r.StageChangedAt).TotalDays))).ToList();
        }

        public async Task<View> Handle(CancellationToken ct, int waitingPage = 1, int caseloadPage = 1, Guid? highlight = null)
        {
            var actor = access.Actor;
            if (actor.Role is not StaffRole.Coordinator)
            {
                throw new ClientNotFoundException();
            }
            var me = actor.ProfessionalId!.Value;
            var org = actor.OrganisationId!.Value;
            var now = clock.GetUtcNow();
            // Each list is counted and paged in SQL (oldest first); only the rows of the pages shown are read, checked and logged.
            var waiting = db.SupportCases.AsNoTracking().Where(CoordinatorDeskRules.Waiting(org));
            var mine = db.SupportCases.AsNoTracking().Where(CoordinatorDeskRules.Coordinated(me));
            // The counts are kept per coordinator and stage and per organisation (a few rows), not counted over the caseload.
            var byStage = (await tallies.Of(TallyKind.CoordinatorStages, me, ct)).Select(t => (Stage: (CaseStage)t.Key, t.Count)).ToList();
            int waitingTotal = (await tallies.Of(TallyKind.WaitingAtOrganisation, org, ct)).Sum(t => t.Count);
            int caseloadTotal = byStage.Sum(s => s.Count);
            var waitingPaging = Paging.Of(waitingTotal, waitingPage, PageSize);
            var caseloadPaging = Paging.Of(caseloadTotal, caseloadPage, PageSize);
            var waitingRows = await Candidates(waiting.OrderBy(c => c.StageChangedAt).ThenBy(c => c.Id).Skip(waitingPaging.Skip).Take(PageSize), ct);
            var caseloadRows = await Candidates(mine.OrderBy(c => c.StageChangedAt).ThenBy(c => c.Id).Skip(caseloadPaging.Skip).Take(PageSize), ct);
            var highlighted = highlight is { } h && caseloadRows.All(r => r.ClientId != h)
                ? await Candidates(mine.Where(c => c.ClientId == h), ct)
                : [];
            var all = waitingRows.Concat(caseloadRows).Concat(highlighted).ToList();
            var visible = await access.Visible(all.Select(r => (r.ClientId, r.RegisteredAt)).DistinctBy(r => r.ClientId).ToList(), "coordinator.desk", ct);
            CaseRow Row(Candidate r) => new(r.ClientId, r.LastName + ", " + r.FirstName, r.CaseId, r.Stage, r.Path, r.StageChangedAt, (int)(now - r.StageChangedAt).TotalDays,
                r.HandedOverTo == org && r.CoordinatorId == null) { SpokenName = r.FirstName + " " + r.LastName };
            List<CaseRow> Shown(List<Candidate> rows) => rows.Where(r => visible.Contains(r.ClientId)).Select(Row).ToList();
            return new View(
                Shown(waitingRows),
                Shown(caseloadRows),
                Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Ended).Select(s => new StageCount(s, byStage.Where(b => b.Stage == s).Sum(b => b.Count))).ToList(),
                await db.Consultations.CountAsync(c => c.AnsweredAt == null, ct))
            {
                WaitingTotal = waitingTotal,
                WaitingPaging = waitingPaging,
                CaseloadTotal = caseloadTotal,
                CaseloadPaging = caseloadPaging,
                Highlighted = Shown(caseloadRows.Concat(highlighted).Where(r => r.ClientId == highlight).Take(1).ToList()).FirstOrDefault(),
                Referrals = (await (from r in db.CoordinatorReferrals.AsNoTracking()
                                    where r.ToOrganisationId == org &&
                                          (r.Status == CoordinatorReferralStatus.Sent || r.Status == CoordinatorReferralStatus.Received)
                                    join o in db.Organisations on r.FromOrganisationId equals (Guid?)o.Id into os
                                    from o in os.DefaultIfEmpty()
                                    join p in db.Professionals on r.SentById equals (Guid?)p.Id into ps
                                    from p in ps.DefaultIfEmpty()
                                    orderby r.SentAt
                                    // The person's own request (F40) has no sender: the page says so.
                                    select new { r.Id, r.FirstName, r.LastName, From = o == null ? "" : o.Name, Sender = p == null ? "" : p.FirstName + " " + p.LastName, r.SentAt, r.Status })
                        .Take(ReferralsShown).ToListAsync(ct))
                    .Select(r => new ReferralRow(r.Id, r.LastName + ", " + r.FirstName, r.From, r.Sender, r.SentAt, Math.Max(0, (int)(now - r.SentAt).TotalDays),
                        r.Status == CoordinatorReferralStatus.Received))
                    .ToList(),
                Stranded = await Stranded(org, now, ct),
            };
        }

        private async Task<List<Candidate>> Candidates(IQueryable<SupportCase> cases, CancellationToken ct) =>
            await (from c in cases
                   join client in db.Clients.AsNoTracking() on c.ClientId equals client.Id
                   select new Candidate(c.Id, c.ClientId, client.RegisteredAtOrganisationId, client.FirstName, client.LastName, c.Stage, c.Path,
                       c.StageChangedAt, c.CoordinatorId, c.HandedOverToOrganisationId)).ToListAsync(ct);
    }
}
