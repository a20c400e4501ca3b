using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Statistics;

/// <summary>
/// How many working-age people live in a municipality in a year, in one age band: the denominator of the reach figure
/// (<c>coverage.per1000</c>, F39). The county's administrator keeps them from Statistics Finland's population figures.
/// </summary>
public sealed class WorkingAgeResidents
{
    /// <summary>Working age as the reach figure counts it, 16–64, in the bands of the inflow's age figure.</summary>
    public static readonly string[] AgeBands = ["16-24", "25-29", "30-39", "40-49", "50-59", "60-64"];

    /// <summary>More than any Finnish municipality's whole population: a larger number is a typing error.</summary>
    public const int MaxCount = 1_000_000;

    public const int FirstYear = 2000, LastYear = 2199;

    private WorkingAgeResidents() => Municipality = AgeBand = string.Empty;

    public string Municipality { get; private set; }
    public int Year { get; private set; }
    public string AgeBand { get; private set; }
    public int Count { get; private set; }

    public static WorkingAgeResidents Of(string municipality, int year, string ageBand, int count)
    {
        var errors = new List<FieldError>();
        Check(year, ageBand, count, errors);
        TextRules.ThrowIfAny(errors);
        return new WorkingAgeResidents { Municipality = municipality, Year = year, AgeBand = ageBand, Count = count };
    }

    public void Recount(int count)
    {
        var errors = new List<FieldError>();
        Check(Year, AgeBand, count, errors);
        TextRules.ThrowIfAny(errors);
        Count = count;
    }

    /// <summary>The field errors of a year and one band's count (fields "year" and "count-&lt;band&gt;").</summary>
    public static void Check(int year, string ageBand, int count, List<FieldError> errors)
    {
        if (year is < FirstYear or > LastYear && errors.All(e => e.Field != "year"))
        {
            errors.Add(new FieldError("year", "year_out_of_range"));
        }
        if (!AgeBands.Contains(ageBand))
        {
            errors.Add(new FieldError("ageBand", "invalid_choice"));
        }
        else if (count is < 0 or > MaxCount)
        {
            errors.Add(new FieldError(CountField(ageBand), "residents_out_of_range"));
        }
    }

    public static string CountField(string ageBand) => "count-" + ageBand;
}

/// <summary>Reach: cases opened per 1,000 working-age residents in a year (F39).</summary>
public static class Reach
{
    /// <summary>
    /// The working-age residents of a municipality for a period ending in <paramref name="year"/>: the latest year kept up to it;
    /// null when none is kept up to it (a later year's figures do not stand for an earlier one).
    /// </summary>
    public static int? ResidentsOf(IEnumerable<WorkingAgeResidents> kept, string municipality, int year)
    {
        var years = kept.Where(r => r.Municipality == municipality).GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        if (years.Count == 0)
        {
            return null;
        }
        var upTo = years.Keys.Where(y => y <= year).ToList();
        return upTo.Count == 0 || years[upTo.Max()] == 0 ? null : years[upTo.Max()];
    }

    /// <summary>Cases opened per 1,000 working-age residents, as a yearly rate over a period of <paramref name="days"/>; one decimal.</summary>
    public static double? Per1000(int? opened, int? residents, int days) =>
        opened is { } n && residents is > 0 and { } r && days > 0 ? Math.Round(n * 1000.0 / r * 365.25 / days, 1, MidpointRounding.AwayFromZero) : null;
}
