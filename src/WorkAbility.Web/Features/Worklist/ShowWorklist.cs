using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Worklist;

/// <summary>
/// "Omat asiakkaat" (F20, F24): the cases a professional is the case manager of, most urgent
/// first — the earliest open follow-up (the most overdue) leads, then the number of risks. It can
/// be filtered by risk. Facts for all the cases are read in a constant number of queries; only the
/// page shown is checked by the access policy and logged, one entry per client shown.
/// </summary>
public static class ShowWorklist
{
    public const int PageSize = 50;

    public sealed record Row(Guid ClientId, string ClientName, Guid CaseId, CaseStage Stage, ServicePath Path, DateOnly? NextDueOn, int? DaysOverdue,
        DateOnly? LastContactOn, IReadOnlyList<RiskFinding> Risks, bool HandoverToMe)
    {
        /// <summary>Where the case is on the path, step by step (F29): the worklist shows it in the row.</summary>
        public IReadOnlyList<StepView> Steps { get; init; } = [];
    }

    public sealed record View(IReadOnlyList<Row> Rows, int Total, int Page, int Pages, RiskCode? Filter, IReadOnlyDictionary<RiskCode, int> RiskCounts);

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseRiskFacts riskFacts, TimeProvider clock)
    {
        public async Task<View> Handle(RiskCode? filter, int page, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId!.Value;
            var now = clock.GetUtcNow();
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
            // Mine: the cases I manage, those whose case manager proposes to hand them to me, and the
            // low-threshold cases I own that have no team (F33).
            var cases = db.SupportCases.Where(c => c.Stage != CaseStage.Ended &&
                (db.Teams.Any(t => t.SupportCaseId == c.Id && (t.CaseManagerId == me || t.ProposedSuccessorId == me)) ||
                 (c.OwnerId == me && !db.Teams.Any(t => t.SupportCaseId == c.Id))));
            var evaluated = await riskFacts.Evaluate(cases, now, ct);
            var counts = Enum.GetValues<RiskCode>().ToDictionary(code => code, code => evaluated.Count(e => e.Risks.Any(r => r.Code == code)));
            var ordered = evaluated
                .Where(e => filter is null || e.Risks.Any(r => r.Code == filter))
                .OrderBy(e => e.Row.EarliestOpenDueOn ?? DateOnly.MaxValue)
                .ThenByDescending(e => e.Risks.Count)
                .ThenBy(e => e.Row.LastName).ThenBy(e => e.Row.FirstName).ThenBy(e => e.Row.CaseId)
                .ToList();
            int pages = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var shown = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var visible = await access.Visible(shown.Select(e => (e.Row.ClientId, e.Row.RegisteredAt)).ToList(), "worklist", ct);
            // The stage entries of the shown page's cases only, in one query.
            var shownCases = shown.Where(e => visible.Contains(e.Row.ClientId)).Select(e => e.Row.CaseId).ToList();
            var entered = (await db.CaseEvents.AsNoTracking().Where(e => shownCases.Contains(e.SupportCaseId) && e.ToStage != null)
                    .Select(e => new { e.SupportCaseId, e.ToStage, e.OccurredAt }).ToListAsync(ct))
                .ToLookup(e => e.SupportCaseId, e => (e.ToStage!.Value, e.OccurredAt));
            var rows = shown.Where(e => visible.Contains(e.Row.ClientId)).Select(e => new Row(e.Row.ClientId, e.Row.ClientName, e.Row.CaseId, e.Row.Stage, e.Row.Path,
                e.Row.EarliestOpenDueOn, e.Row.EarliestOpenDueOn is { } due && due < today ? today.DayNumber - due.DayNumber : null,
                e.Row.LastContactOn, e.Risks, e.Row.ProposedSuccessorId == me) { Steps = PathProgress.Steps(e.Row.Stage, entered[e.Row.CaseId]) }).ToList();
            return new View(rows, ordered.Count, page, pages, filter, counts);
        }
    }

    public static void Map(RouteGroupBuilder mine) =>
        mine.MapGet("/worklist", async (string? risk, int? page, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(Enum.TryParse<RiskCode>(risk, out var code) && Enum.IsDefined(code) ? code : null, page ?? 1, ct)))
            .WithSummary("The caller's clients as case manager, most urgent first; ?risk= filters by a risk code");
}
