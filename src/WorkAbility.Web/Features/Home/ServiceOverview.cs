using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Home;

/// <summary>
/// The region's active cases by stage and by path, as aggregates only: no client is read, so no
/// access-log entry is due; small groups are suppressed by <see cref="SmallGroups"/>.
/// </summary>
public static class ServiceOverview
{
    public sealed record Row<T>(T Key, int? Count);

    public sealed record Result(IReadOnlyList<Row<CaseStage>> ByStage, int? StageTotal,
        IReadOnlyList<Row<ServicePath>> ByPath, int? PathTotal);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> Handle(CancellationToken ct)
        {
            var counts = await db.SupportCases.AsNoTracking()
                .Where(c => c.Stage != CaseStage.Ended)
                .GroupBy(c => new { c.Stage, c.Path })
                .Select(g => new { g.Key.Stage, g.Key.Path, Count = g.Count() })
                .ToListAsync(ct);

            var byStage = Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Ended)
                .Select(s => counts.Where(c => c.Stage == s).Sum(c => c.Count)).ToList();
            var byPath = Enum.GetValues<ServicePath>()
                .Select(p => counts.Where(c => c.Path == p).Sum(c => c.Count)).ToList();

            return new Result(
                Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Ended)
                    .Select((s, i) => new Row<CaseStage>(s, SmallGroups.Reveal(byStage[i]))).ToList(),
                SmallGroups.RevealTotal(byStage),
                Enum.GetValues<ServicePath>().Select((p, i) => new Row<ServicePath>(p, SmallGroups.Reveal(byPath[i]))).ToList(),
                SmallGroups.RevealTotal(byPath));
        }
    }
}
