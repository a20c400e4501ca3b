using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Statistics;
using WorkAbility.Web.Infrastructure.Database;

namespace WorkAbility.Web.Features.Home;

/// <summary>
/// The region's active cases by stage and by path, as aggregates only: no client is read, so no
/// access-log entry is due; small groups are suppressed by <see cref="SmallGroups"/>. The figures
/// are counted at most once a minute per node ("Home:OverviewSeconds") and say when: the home page
/// is everybody's first page, and a county's count should not run on each of its views.
/// </summary>
public static class ServiceOverview
{
    public sealed record Row<T>(T Key, int? Count);

    public sealed record Result(IReadOnlyList<Row<CaseStage>> ByStage, int? StageTotal,
        IReadOnlyList<Row<ServicePath>> ByPath, int? PathTotal)
    {
        public DateTimeOffset CountedAt { get; init; }
    }

    public sealed class Handler(AppDbContext db, StandbyReads standby, IMemoryCache cache, TimeProvider clock, HomeSettings settings)
    {
        private const string CacheKey = "home.service-overview";

        public async Task<Result> Handle(CancellationToken ct)
        {
            if (cache.TryGetValue(CacheKey, out Result? kept) && kept is not null)
            {
                return kept;
            }
            var counted = await Count(ct);
            var seconds = settings.OverviewSeconds;
            return seconds == 0 ? counted : cache.Set(CacheKey, counted, clock.GetUtcNow().AddSeconds(seconds));
        }

        private async Task<Result> Count(CancellationToken ct)
        {
            // Aggregates only, a minute old at most anyway: read on the hot standby when there is one.
            var read = await standby.Read(db, source => source.SupportCases.AsNoTracking()
                .Where(c => c.Stage != CaseStage.Ended)
                .GroupBy(c => new { c.Stage, c.Path })
                .Select(g => new { g.Key.Stage, g.Key.Path, Count = g.Count() })
                .ToListAsync(ct), ct);
            var counts = read.Value;

            var byStage = Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Ended)
                .Select(s => counts.Where(c => c.Stage == s).Sum(c => c.Count)).ToList();
            var byPath = Enum.GetValues<ServicePath>()
                .Select(p => counts.Where(c => c.Path == p).Sum(c => c.Count)).ToList();

            return new Result(
                Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Ended)
                    .Select((s, i) => new Row<CaseStage>(s, SmallGroups.Reveal(byStage[i]))).ToList(),
                SmallGroups.RevealTotal(byStage),
                Enum.GetValues<ServicePath>().Select((p, i) => new Row<ServicePath>(p, SmallGroups.Reveal(byPath[i]))).ToList(),
                SmallGroups.RevealTotal(byPath)) { CountedAt = clock.GetUtcNow() - (read.Lag ?? TimeSpan.Zero) };
        }
    }
}
