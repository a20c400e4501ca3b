using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Features.Risks;

namespace WorkAbility.Web.Features.Worklist;

/// <summary>
/// "Omat asiakkaat" (F20, F24): the cases a professional is the case manager of, most urgent
/// first — the earliest open follow-up (the most overdue) leads, then the number of risks. It can
/// be filtered by risk. The order, the filter, the page and the counts come from the kept risk
/// states (<see cref="CaseRiskState"/>) in SQL, so a view costs its page, not the caseload; the
/// page's own cases are evaluated at the moment for what the rows show. Only the page shown is
/// checked by the access policy and logged, one entry per client shown.
/// </summary>
public static class ShowWorklist
{
    public const int PageSize = 50;

    /// <summary>How many of the caller's states past the recheck interval a view evaluates again before relying on them.</summary>
    public const int StaleRefreshedPerView = 500;

    public sealed record Row(Guid ClientId, string ClientName, Guid CaseId, CaseStage Stage, ServicePath Path, DateOnly? NextDueOn, int? DaysOverdue,
        DateOnly? LastContactOn, IReadOnlyList<RiskFinding> Risks, bool HandoverToMe)
    {
        /// <summary>Where the case is on the path, step by step (F29): the worklist shows it in the row.</summary>
        public IReadOnlyList<StepView> Steps { get; init; } = [];
    }

    /// <param name="Total">How many the list holds (with a risk filter, those with that risk).</param>
    public sealed record View(IReadOnlyList<Row> Rows, int Total, int Page, int Pages, RiskCode? Filter, IReadOnlyDictionary<RiskCode, int> RiskCounts)
    {
        /// <summary>How many the caller's whole worklist holds, whatever the filter: the "all clients" choice says this.</summary>
        public int AllTotal { get; init; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseRiskFacts riskFacts, CaseRiskRollup rollup, CaseTallies tallies, TimeProvider clock)
    {
        private static IQueryable<CaseRiskState> InWorklistOrder(IQueryable<CaseRiskState> states) =>
            states.OrderBy(s => s.UrgentOn).ThenByDescending(s => s.RiskCount).ThenBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.SupportCaseId);

        public async Task<View> Handle(RiskCode? filter, int page, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId!.Value;
            // Mine: the cases I manage or own without a team (F33), and those whose case manager proposes to hand them to me.
            await rollup.RefreshStale(db.CaseRiskStates.Where(s => s.HolderId == me || s.ProposedSuccessorId == me), StaleRefreshedPerView, ct);
            var held = db.CaseRiskStates.AsNoTracking().Where(s => s.HolderId == me);
            var proposed = db.CaseRiskStates.AsNoTracking().Where(s => s.ProposedSuccessorId == me);
            // The counts are kept per risk combination (a few rows), not counted over the caseload.
            var combinations = (await tallies.Of(TallyKind.HolderRisks, me, ct)).Concat(await tallies.Of(TallyKind.SuccessorRisks, me, ct)).ToList();
            var counts = Enum.GetValues<RiskCode>().ToDictionary(code => code,
                code => combinations.Where(c => CaseRiskState.Includes(c.Key, code)).Sum(c => c.Count));
            int total = filter is { } f ? counts[f] : combinations.Sum(c => c.Count);
            var paging = Paging.Of(total, page, PageSize);
            if (filter is { } only)
            {
                held = held.Where(CaseRiskState.Showing(only));
                proposed = proposed.Where(CaseRiskState.Showing(only));
            }
            // Each side is read in worklist order from its own index only as far as the page reaches, then the two are merged.
            int reach = paging.Skip + PageSize;
            var shown = await InWorklistOrder(InWorklistOrder(held).Take(reach).Concat(InWorklistOrder(proposed).Take(reach)))
                .Skip(paging.Skip).Take(PageSize).Select(s => s.SupportCaseId).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
            var evaluated = (await riskFacts.Evaluate(db.SupportCases.Where(c => shown.Contains(c.Id)), now, ct)).ToDictionary(e => e.Row.CaseId);
            var ordered = shown.Where(evaluated.ContainsKey).Select(id => evaluated[id]).ToList();
            var visible = await access.Visible(ordered.Select(e => (e.Row.ClientId, e.Row.RegisteredAt)).ToList(), "worklist", ct);
            // The stage entries of the shown page's cases only, in one query.
            var shownCases = ordered.Where(e => visible.Contains(e.Row.ClientId)).Select(e => e.Row.CaseId).ToList();
            var entered = (await db.CaseEvents.AsNoTracking().Where(e => shownCases.Contains(e.SupportCaseId) && e.ToStage != null && e.FromStage != e.ToStage)
                    .Select(e => new { e.SupportCaseId, e.ToStage, e.OccurredAt }).ToListAsync(ct))
                .ToLookup(e => e.SupportCaseId, e => (e.ToStage!.Value, e.OccurredAt));
            var rows = ordered.Where(e => visible.Contains(e.Row.ClientId)).Select(e => new Row(e.Row.ClientId, e.Row.ClientName, e.Row.CaseId, e.Row.Stage, e.Row.Path,
                e.Row.FollowUpDueOn, e.Row.FollowUpDueOn is { } due && due < today ? today.DayNumber - due.DayNumber : null,
                e.Row.LastContactOn, e.Risks, e.Row.ProposedSuccessorId == me) { Steps = PathProgress.Steps(e.Row.Stage, entered[e.Row.CaseId]) }).ToList();
            return new View(rows, total, paging.Page, paging.Pages, filter, counts) { AllTotal = combinations.Sum(c => c.Count) };
        }
    }

    public static void Map(RouteGroupBuilder mine) =>
        mine.MapGet("/worklist", async (string? risk, int? page, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(WorkAbility.Domain.Common.EnumChoice.Of<RiskCode>(risk), page ?? 1, ct)))
            .WithSummary("The caller's clients as case manager, most urgent first; ?risk= filters by a risk code");
}
