using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Statistics;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// The decision-makers' view (F28): need, flow, outcomes, follow-up, the referral loop, caseloads and
/// feedback over a period, read from the rollup and protected slice by slice. A manager sees their
/// own organisation; a decision-maker the whole county. Aggregates only: no client is read.
/// </summary>
public static class ShowStatistics
{
    /// <param name="Organisation">An organisation's id as text: a link cut or typed wrong is a field error, not a bare 400.</param>
    public sealed record Request(string? From, string? To, string? Municipality, string? Organisation, string? Path);

    public sealed record Scope(bool WholeCounty, Guid? OwnOrganisationId, IReadOnlyList<Option> Organisations, IReadOnlyList<string> Municipalities);

    public sealed record Option(Guid Id, string Name);

    public sealed record MonthFigure(DateOnly Month, PublishedFigure Figure);

    /// <summary>
    /// Reach in one municipality (null: the county): cases opened in the period, the working-age residents kept for it, and
    /// the cases per 1,000 of them in a year (at least that, when protection withheld part of the cases).
    /// </summary>
    public sealed record ReachRow(string? Municipality, PublishedValue Opened, int? Residents, double? Per1000);

    /// <summary>
    /// Cost on one path (null: every path) over the years the period touches (F39): ended cases and those ending in work or
    /// study, the cost of the services they used priced by the unit costs kept on the services, and per case. Partial: some
    /// use was withheld as a small group, so the cost is at least this. Unpriced: services used that have no unit cost.
    /// </summary>
    /// <summary>
    /// Booking checks against the screening indicators and those that alerted (F2), over the quarters the period touches (as
    /// the cases opened beside them), by the checking organisation's municipality; not known by path. Published exactly: a
    /// check keeps no person and nothing of the booking, so no one can be recognised in it.
    /// </summary>
    public sealed record ScreeningChecks(int Checks, int Alerted);

    /// <summary>One provider organisation's figures (F41) under its name.</summary>
    public sealed record ProviderRow(string Name, ProviderFigures Figures);

    public sealed record CostRow(ServicePath? Path, PublishedValue Cases, PublishedValue GoodOutcomes, decimal? Cost, bool Partial,
        PerCaseCost PerCase, PerCaseCost PerGoodOutcome, int Unpriced);

    public sealed record Result(
        Scope Scope,
        StatisticsFilter Filter,
        IReadOnlyList<PublishedFigure> Breakdowns,
        IReadOnlyList<PublishedDurations> Durations,
        IReadOnlyList<MonthFigure> InflowByMonth,
        IReadOnlyList<MonthFigure> StagesByMonth,
        IReadOnlyList<MonthFigure> EndedByMonth,
        IReadOnlyDictionary<Guid, string> Coordinators,
        DateTimeOffset? RefreshedAt)
    {
        /// <summary>How each provider organisation answers its referrals (F41): all providers for the county, a manager's own organisation.</summary>
        public IReadOnlyList<ProviderRow> Providers { get; init; } = [];

        /// <summary>What was wrong with the filter asked for; the figures are then those of the default filter.</summary>
        public IReadOnlyList<FieldError> FilterErrors { get; init; } = [];

        /// <summary>The answers the view leads with (F39), this period and the one before.</summary>
        public IReadOnlyList<Answer> Answers { get; init; } = [];

        /// <summary>The county's target from the first contact to a plan, in days.</summary>
        public int PlanTargetDays { get; init; }

        /// <summary>The median change of the work ability score over support, in points (from slices large enough to show).</summary>
        public int? MedianWorkAbilityChange { get; init; }

        /// <summary>Cases per 1,000 working-age residents, by municipality and for the county; empty for one organisation's figures.</summary>
        public IReadOnlyList<ReachRow> Reach { get; init; } = [];

        /// <summary>Cost per case and per case ending in work or study, for every path together and each path.</summary>
        public IReadOnlyList<CostRow> Costs { get; init; } = [];

        /// <summary>The way's first step (null when a path is chosen: a booking check has none).</summary>
        public ScreeningChecks? Screening { get; init; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, StatisticsSettings settings, ProtectedPatterns protectedPatterns)
    {
        /// <summary>Null when the caller may not see statistics (everyone but managers and decision-makers).</summary>
        public async Task<Result?> Handle(Request request, CancellationToken ct)
        {
            var actor = access.Actor;
            if (actor.Kind is not ActorKind.Manager || actor.OrganisationId is not { } ownOrganisation)
            {
                return null;
            }
            bool county = actor.Role is StaffRole.DecisionMaker;
            var today = FinnishCalendar.Today(clock);
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(ct);
            var municipalities = await db.Organisations.AsNoTracking().Select(o => o.Area).Distinct().OrderBy(a => a).ToListAsync(ct);
            var errors = new List<FieldError>();
            Guid? requested = Guid.TryParse(request.Organisation?.Trim(), out var parsed) ? parsed : null;
            var asked = county ? requested : ownOrganisation;
            if ((asked is { } chosen && organisations.All(o => o.Id != chosen)) || (county && requested is null && !string.IsNullOrWhiteSpace(request.Organisation)))
            {
                errors.Add(new FieldError("organisation", "invalid_choice"));
            }
            if (!string.IsNullOrWhiteSpace(request.Municipality) && !municipalities.Contains(request.Municipality.Trim()))
            {
                // Only the county's own municipalities: anything else (a typo, a control character) is a field error, not a query.
                errors.Add(new FieldError("municipality", "invalid_choice"));
            }
            var filter = Parse(request, today, asked, errors);
            if (errors.Count > 0)
            {
                filter = Parse(new Request(null, null, null, null, null), today, county ? null : ownOrganisation, []);
            }

            // The period and the one before it (the answers compare them), in whole years (the effect figures are kept by year).
            var earliest = WorkAbility.Domain.Statistics.Answers.PreviousPeriod(filter).InYears();
            // Every slice of the periods, whatever the filter: each period is protected as a whole, the same for every filter.
            // The watermark before the counts: a rollup in between makes the next view start its patterns afresh.
            var refreshed = await db.StatisticsWatermarks.AsNoTracking().OrderBy(w => w.Id).Select(w => (DateTimeOffset?)w.RefreshedAt).FirstOrDefaultAsync(ct);
            var kept = await db.StatisticsCells.AsNoTracking().Where(c => c.Month >= earliest.FromMonth && c.Month <= filter.ToMonth).ToListAsync(ct);
            var counts = new CountyTables(kept.Select(c => c.AsCount()), store: protectedPatterns.For(refreshed));

            // The cost figures' kept units are priced into cost rows below, not shown one by one.
            var breakdowns = Figures.All.Where(f => f.Shape is not FigureShape.Durations && !f.Code.StartsWith("cost.", StringComparison.Ordinal))
                .Select(f => f.Shape is FigureShape.Overlapping ? Publication.Overlapping(f, counts, filter.For(f, today)) : Publication.Breakdown(f, counts, filter.For(f, today)))
                .ToList();
            var durations = Figures.All.Where(f => f.Shape is FigureShape.Durations)
                .Select(f => Publication.Durations(f, counts, filter.For(f, today)))
                .ToList();
            var months = filter.Months().ToList();
            var coordinatorIds = breakdowns.First(b => b.Code == Figures.Caseload).Cells
                .Select(c => Guid.TryParse(c.Category, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            var coordinators = await db.Professionals.AsNoTracking().Where(p => coordinatorIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);

            return new Result(new Scope(county, county ? null : ownOrganisation, county ? organisations : organisations.Where(x => x.Id == ownOrganisation).ToList(), municipalities),
                filter, breakdowns, durations,
                months.Select(m => new MonthFigure(m, Publication.Breakdown(Figures.ByCode(Figures.Inflow), counts, filter.ForMonth(m)))).ToList(),
                months.Select(m => new MonthFigure(m, Publication.Breakdown(Figures.ByCode(Figures.StockStage), counts, filter.ForMonth(m)))).ToList(),
                months.Select(m => new MonthFigure(m, Publication.Breakdown(Figures.ByCode(Figures.Ended), counts, filter.ForMonth(m)))).ToList(),
                coordinators, refreshed)
            {
                FilterErrors = errors,
                Answers = WorkAbility.Domain.Statistics.Answers.For(counts, filter, settings.PlanTargetDays),
                PlanTargetDays = settings.PlanTargetDays,
                MedianWorkAbilityChange = Publication.Median(Figures.ByCode(Figures.EffectChange), counts, filter.InYears()),
                Reach = filter.OrganisationId is null ? await ReachOf(counts, filter, municipalities, today, db, ct) : [],
                Costs = await CostsOf(counts, filter, db, ct),
                Screening = filter.Path is null ? await ScreeningOf(filter, db, ct) : null,
                Providers = await ProvidersOf(filter, county ? filter.OrganisationId : ownOrganisation, organisations, today, db, ct),
            };
        }
    }

    /// <summary>Cases opened per 1,000 working-age residents in each municipality the filter takes, and in the county.</summary>
    private static async Task<IReadOnlyList<ReachRow>> ReachOf(CountyTables counts, StatisticsFilter filter, IReadOnlyList<string> municipalities,
        DateOnly today, AppDbContext db, CancellationToken ct)
    {
        var residents = await db.WorkingAgeResidents.AsNoTracking().ToListAsync(ct);
        // A yearly rate over the days the period has had: this month counts only up to today.
        var end = new[] { filter.ToMonth.AddMonths(1), today.AddDays(1) }.Min();
        int days = Math.Max(1, end.DayNumber - filter.FromMonth.DayNumber);
        var inflow = Figures.ByCode(Figures.Inflow);
        ReachRow Row(string? municipality, int? people)
        {
            var opened = Publication.Breakdown(inflow, counts, filter with { Municipality = municipality ?? filter.Municipality }).Total;
            return new ReachRow(municipality, opened, people, Reach.Per1000(opened.Value, people, days));
        }
        var rows = municipalities.Where(m => filter.Municipality is null || filter.Municipality == m)
            .Select(m => Row(m, Reach.ResidentsOf(residents, m, filter.ToMonth.Year))).ToList();
        if (filter.Municipality is null)
        {
            // The county's rate only when every municipality's residents are known: a partial denominator would overstate it.
            int?[] each = [.. rows.Select(r => r.Residents)];
            rows.Add(Row(null, each.All(n => n is > 0) ? each.Sum() : null));
        }
        return rows;
    }

    /// <summary>
    /// Each provider's figures over the referrals sent in the filter's months – to the one organisation asked for (a manager's
    /// own), else to every provider; the municipality and path filters are the sending case's.
    /// </summary>
    private static async Task<IReadOnlyList<ProviderRow>> ProvidersOf(StatisticsFilter filter, Guid? provider, IReadOnlyList<Option> organisations,
        DateOnly today, AppDbContext db, CancellationToken ct)
    {
        var from = FinnishCalendar.FromLocalTime(filter.FromMonth.ToDateTime(TimeOnly.MinValue));
        var to = FinnishCalendar.FromLocalTime(filter.ToMonth.AddMonths(1).ToDateTime(TimeOnly.MinValue));
        var referrals = from r in db.Referrals.AsNoTracking()
                        where r.SentAt >= @from && r.SentAt < to
                        join c in db.SupportCases on r.SupportCaseId equals c.Id
                        select new { r, c.Path, c.OpenedAtOrganisationId };
        if (provider is { } p)
        {
            referrals = referrals.Where(x => x.r.ToOrganisationId == p);
        }
        if (filter.Path is { } path)
        {
            referrals = referrals.Where(x => x.Path == path);
        }
        if (filter.Municipality is { } m)
        {
            referrals = referrals.Where(x => db.Organisations.Any(o => o.Id == x.OpenedAtOrganisationId && o.Area == m));
        }
        var facts = await referrals.Select(x => new ReferralFact(x.r.ToOrganisationId, x.r.SentAt, x.r.RespondBy, x.r.AnsweredAt, x.r.Status, x.r.OutcomeCode,
            x.r.StatusChangedAt)).ToListAsync(ct);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        return facts.GroupBy(f => f.ProviderId).Select(g => new ProviderRow(names.GetValueOrDefault(g.Key, ""), ProviderResponsiveness.Of(g.Key, g.ToList(), today)))
            .OrderBy(r => r.Name, StringComparer.Create(WorkAbility.Web.Infrastructure.Localization.Languages.FormatCulture, false)).ToList();
    }

    private static async Task<ScreeningChecks> ScreeningOf(StatisticsFilter filter, AppDbContext db, CancellationToken ct)
    {
        var quarters = filter.InQuarters();
        var from = FinnishCalendar.FromLocalTime(quarters.FromMonth.ToDateTime(TimeOnly.MinValue));
        var to = FinnishCalendar.FromLocalTime(quarters.ToMonth.AddMonths(3).ToDateTime(TimeOnly.MinValue));
        var checks = db.ScreeningChecks.AsNoTracking().Where(c => c.CheckedAt >= from && c.CheckedAt < to);
        if (filter.Municipality is { } m)
        {
            checks = checks.Where(c => c.Municipality == m);
        }
        if (filter.OrganisationId is { } o)
        {
            checks = checks.Where(c => c.OrganisationId == o);
        }
        var counted = await checks.GroupBy(c => c.Alerted).Select(g => new { Alerted = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new ScreeningChecks(counted.Sum(c => c.Count), counted.Where(c => c.Alerted).Sum(c => c.Count));
    }

    /// <summary>Cost per case for every path together and each path, from the published units and the services' unit costs.</summary>
    private static async Task<IReadOnlyList<CostRow>> CostsOf(CountyTables counts, StatisticsFilter filter, AppDbContext db, CancellationToken ct)
    {
        var prices = await db.Services.AsNoTracking().Where(s => s.UnitCost != null)
            .Select(s => new { s.Id, s.UnitCost, s.CostUnit }).ToDictionaryAsync(s => s.Id.ToString(), ct);
        CostRow Row(ServicePath? path)
        {
            var years = (filter with { Path = path ?? filter.Path }).InYears();
            // The cases from the published outcomes of the same years (their quarters), so that no second count of the same
            // ends can be set against them.
            var outcomes = Publication.Breakdown(Figures.ByCode(Figures.Outcome), counts, years with { ToMonth = years.ToMonth.AddMonths(11) });
            var visits = Publication.Overlapping(Figures.ByCode(Figures.CostVisits), counts, years);
            var days = Publication.Overlapping(Figures.ByCode(Figures.CostDays), counts, years).Cells.ToDictionary(c => c.Category, c => c.Count);
            decimal total = 0;
            bool partial = false;
            int unpriced = 0;
            foreach (var cell in visits.Cells)
            {
                if (!prices.TryGetValue(cell.Category, out var price))
                {
                    unpriced++;
                    continue;
                }
                var used = days.GetValueOrDefault(cell.Category) ?? new PublishedValue(null, true);
                partial |= cell.Count.Partial || used.Partial;
                total += WorkAbility.Domain.Services.UnitCosts.CostOf(price.UnitCost!.Value, price.CostUnit!.Value, cell.Count.Value ?? 0, used.Value ?? 0);
            }
            var goodCells = outcomes.Cells.Where(c => c.Category is nameof(CaseOutcome.Employed) or nameof(CaseOutcome.InEducation)).Select(c => c.Count).ToList();
            int goodSum = goodCells.Sum(c => c.Value ?? 0);
            bool goodWithheld = goodCells.Any(c => c.Suppressed || c.Partial);
            var good = goodSum == 0 && goodWithheld ? new PublishedValue(null, true) : new PublishedValue(goodSum, goodWithheld);
            return new CostRow(path, outcomes.Total, good, Math.Round(total, 0, MidpointRounding.AwayFromZero), partial,
                PerCaseCost.Of(total, partial, outcomes.Total), PerCaseCost.Of(total, partial, good), unpriced);
        }
        return filter.Path is null ? [Row(null), .. Enum.GetValues<ServicePath>().Select(p => (ServicePath?)p).Select(Row)] : [Row(null)];
    }

    /// <summary>The first year the statistics accept in a filter.</summary>
    public const int FirstStatisticsYear = 2000;

    /// <summary>Reads the filter; by default the last twelve months up to this one. Months are "yyyy-MM".</summary>
    public static StatisticsFilter Parse(Request request, DateOnly today, Guid? organisation, List<FieldError> errors)
    {
        var thisMonth = Slice.MonthOf(today);
        var to = Month(request.To, "to", errors) ?? thisMonth;
        var from = Month(request.From, "from", errors) ?? to.AddMonths(-11);
        if (errors.Count == 0 && from > to)
        {
            errors.Add(new FieldError("from", "period_reversed"));
        }
        if (errors.Count == 0 && from < to.AddMonths(-35))
        {
            errors.Add(new FieldError("from", "period_too_long"));
        }
        ServicePath? path = null;
        if (!string.IsNullOrEmpty(request.Path))
        {
            if (Enum.TryParse<ServicePath>(request.Path, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(request.Path, out _))
            {
                path = parsed;
            }
            else
            {
                errors.Add(new FieldError("path", "invalid_choice"));
            }
        }
        var municipality = string.IsNullOrWhiteSpace(request.Municipality) ? null : request.Municipality.Trim();
        return new StatisticsFilter(from, to, municipality, organisation, path);
    }

    private static DateOnly? Month(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            // The figures begin in 2000; the period's months are counted on from here (to + 1 month), so the calendar's
            // last year would overflow. Outside that the month is well written but out of range, and the message says so.
            if (month.Year >= FirstStatisticsYear && month.Year < FinnishCalendar.LatestDate.Year)
            {
                return month;
            }
            errors.Add(new FieldError(field, "statistics_month_out_of_range"));
            return null;
        }
        errors.Add(new FieldError(field, "invalid_month"));
        return null;
    }
}
