using WorkAbility.Domain.Common;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>F39 reach: cases opened per 1,000 working-age residents a year, from the residents the administrator keeps.</summary>
public class MeasuringReachTests
{
    private static IEnumerable<WorkingAgeResidents> Year(string municipality, int year, int perBand) =>
        WorkingAgeResidents.AgeBands.Select(b => WorkingAgeResidents.Of(municipality, year, b, perBand));

    [Fact]
    public void ThePeriodUsesItsOwnYear_OrTheLatestBefore_NeverALaterOne_NorZeros()
    {
        var kept = Year("Esikylä", 2024, 1_000).Concat(Year("Esikylä", 2025, 900)).Concat(Year("Mallila", 2025, 10)).ToList();
        Assert.Equal(5_400, Reach.ResidentsOf(kept, "Esikylä", 2026));
        Assert.Equal(5_400, Reach.ResidentsOf(kept, "Esikylä", 2025));
        Assert.Equal(6_000, Reach.ResidentsOf(kept, "Esikylä", 2024));
        Assert.Null(Reach.ResidentsOf(kept, "Esikylä", 2019));
        Assert.Null(Reach.ResidentsOf([.. kept, .. Year("Uusikylä", 2025, 0)], "Uusikylä", 2026));
        Assert.Equal(60, Reach.ResidentsOf(kept, "Mallila", 2026));
        Assert.Null(Reach.ResidentsOf(kept, "Uusikylä", 2026));
    }

    [Theory]
    [InlineData(120, 10_000, 365, 12.0)]
    [InlineData(30, 10_000, 91, 12.0)]
    [InlineData(4, 10_000, 7, 20.9)]
    [InlineData(7, 3_000, 365, 2.3)]
    [InlineData(0, 3_000, 365, 0.0)]
    public void TheRate_IsPerThousandResidents_AndPerYear_OverTheDaysThePeriodHasHad(int opened, int residents, int days, double expected) =>
        Assert.Equal(expected, Reach.Per1000(opened, residents, days));

    [Fact]
    public void WithoutCasesShownOrResidentsKept_ThereIsNoRate()
    {
        Assert.Null(Reach.Per1000(null, 10_000, 365));
        Assert.Null(Reach.Per1000(40, null, 365));
        Assert.Null(Reach.Per1000(40, 0, 365));
    }

    [Theory]
    [InlineData(1999, "16-24", 10, "year")]
    [InlineData(2200, "16-24", 10, "year")]
    [InlineData(2025, "65-74", 10, "ageBand")]
    [InlineData(2025, "30-39", -1, "count-30-39")]
    [InlineData(2025, "30-39", WorkingAgeResidents.MaxCount + 1, "count-30-39")]
    public void ImpossibleFigures_AreRefused_WithTheFieldNamed(int year, string band, int count, string field)
    {
        var refused = Assert.Throws<DomainValidationException>(() => WorkingAgeResidents.Of("Esikylä", year, band, count));
        Assert.Contains(refused.Errors, e => e.Field == field);
        var kept = WorkingAgeResidents.Of("Esikylä", 2025, "30-39", 5);
        if (field.StartsWith("count", StringComparison.Ordinal))
        {
            Assert.Throws<DomainValidationException>(() => kept.Recount(count));
            Assert.Equal(5, kept.Count);
        }
    }
}
