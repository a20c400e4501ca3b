using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Administration;

/// <summary>The working-age residents kept for the reach figure: each municipality's bands, year by year, newest first.</summary>
public static class ListResidents
{
    public sealed record Row(string Municipality, int Year, IReadOnlyDictionary<string, int> Counts)
    {
        public int Total => Counts.Values.Sum();
    }

    public sealed record View(IReadOnlyList<Row> Rows, IReadOnlyList<string> Municipalities);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var kept = await db.WorkingAgeResidents.AsNoTracking().ToListAsync(ct);
            var finnish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true);
            var rows = kept.GroupBy(r => (r.Municipality, r.Year))
                .Select(g => new Row(g.Key.Municipality, g.Key.Year, g.ToDictionary(r => r.AgeBand, r => r.Count)))
                .OrderByDescending(r => r.Year).ThenBy(r => r.Municipality, finnish).ToList();
            var municipalities = await db.Organisations.AsNoTracking().Select(o => o.Area).Distinct().ToListAsync(ct);
            return new View(rows, municipalities.Order(finnish).ToList());
        }
    }
}
