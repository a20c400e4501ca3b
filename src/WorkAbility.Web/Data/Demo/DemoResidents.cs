using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The working-age residents of the demo's two municipalities for the last two years (Statistics Finland publishes a year's
/// population in the spring after it), so that the reach figure shows cases per 1,000 residents on first start.
/// </summary>
internal static class DemoResidents
{
    /// <summary>Each band's share of the working-age population, roughly as in a Finnish county.</summary>
    private static readonly double[] Shares = [0.14, 0.09, 0.19, 0.18, 0.19, 0.21];

    public static void Add(AppDbContext db, DateTimeOffset now)
    {
        int lastYear = FinnishCalendar.DateOf(now).Year - 1;
        foreach (var (municipality, people) in new[] { (DemoCounty.Esikyla, 41_200), (DemoCounty.Mallila, 23_600) })
        {
            foreach (var year in new[] { lastYear - 1, lastYear })
            {
                // A county of this kind loses a little working-age population each year.
                int total = year == lastYear ? people : people + people / 100;
                for (int i = 0; i < WorkingAgeResidents.AgeBands.Length; i++)
                {
                    db.WorkingAgeResidents.Add(WorkingAgeResidents.Of(municipality, year, WorkingAgeResidents.AgeBands[i], (int)Math.Round(total * Shares[i])));
                }
            }
        }
    }
}
