using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

/// <summary>
/// F39 cost: the services a case used are counted when it ends (persons, visits and days per service), priced at view time
/// by the unit cost kept on each service; the units follow the persons' protection, so a small group's use stays hidden.
/// </summary>
public class CountingTheCostOfSupportTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateOnly Opened = new(2026, 1, 5), EndedOn = new(2026, 4, 30);
    private static readonly Guid Coaching = Guid.NewGuid(), Therapy = Guid.NewGuid();

    private static CaseHistory Ended(CaseOutcome outcome, params CaseHistory.SentReferral[] referrals) =>
        new(Guid.NewGuid(), "Esikylä", Guid.NewGuid(), ServicePath.Unemployed, new DateOnly(1989, 5, 14), Opened, null, null, LivelihoodFacts.NotRecorded, null,
            [new CaseHistory.StageChange(Opened, CaseStage.Team), new CaseHistory.StageChange(EndedOn, CaseStage.Ended)],
            null, null, null, null, outcome, null, [EndedOn], [], [], referrals, []);

    private static int Count(IEnumerable<SliceCount> counts, string figure, string category) =>
        counts.Where(c => c.Figure == figure && c.Category == category).Sum(c => c.Count);

    [Fact]
    public void EachServiceUsed_CountsThePerson_EachStartedReferralAsAVisit_AndTheDaysUntilCompletionOrTheEnd()
    {
        var counts = CaseContributions.Of(Ended(CaseOutcome.Employed,
            new CaseHistory.SentReferral(new DateOnly(2026, 2, 20), ReferralStatus.Completed, new DateOnly(2026, 3, 1)) { ServiceId = Coaching, CompletedOn = new DateOnly(2026, 3, 10) },
            new CaseHistory.SentReferral(new DateOnly(2026, 3, 20), ReferralStatus.Started, new DateOnly(2026, 4, 1)) { ServiceId = Coaching },
            new CaseHistory.SentReferral(new DateOnly(2026, 3, 20), ReferralStatus.Declined, null) { ServiceId = Therapy }), Today);
        Assert.Equal(1, Count(counts, Figures.CostCases, Figures.WorkOrStudy));
        Assert.Equal(1, Count(counts, Figures.CostUsers, Coaching.ToString()));
        Assert.Equal(2, Count(counts, Figures.CostVisits, Coaching.ToString()));
        Assert.Equal(10 + 30, Count(counts, Figures.CostDays, Coaching.ToString()));
        Assert.Equal(0, Count(counts, Figures.CostUsers, Therapy.ToString()));
        Assert.All(counts.Where(c => c.Figure.StartsWith("cost.", StringComparison.Ordinal)), c => Assert.Equal(new DateOnly(2026, 1, 1), c.Slice.Month));
    }

    [Fact]
    public void ACaseEndingOtherwise_IsCountedAmongTheCases_ButNotAmongThoseInWorkOrStudy()
    {
        var counts = CaseContributions.Of(Ended(CaseOutcome.Rehabilitation), Today);
        Assert.Equal(1, Count(counts, Figures.CostCases, Figures.OtherEnding));
        Assert.Equal(0, Count(counts, Figures.CostCases, Figures.WorkOrStudy));
    }

    [Theory]
    [InlineData(CostUnit.Visit, 85.50, 3, 40, 256.50)]
    [InlineData(CostUnit.Day, 9, 3, 40, 360)]
    [InlineData(CostUnit.Month, 304.375, 3, 61, 610)]
    public void TheCost_IsTheUnitCostTimesTheUnitsUsed(CostUnit unit, double cost, int visits, int days, double expected) =>
        Assert.Equal((decimal)expected, UnitCosts.CostOf((decimal)cost, unit, visits, days));

    [Theory]
    [InlineData(-1, CostUnit.Visit, "cost")]
    [InlineData(100_000.01, CostUnit.Visit, "cost")]
    [InlineData(12.345, CostUnit.Day, "cost")]
    [InlineData(12, null, "unit")]
    public void AnImpossibleUnitCost_IsRefused_AndTheOldOneKept(double cost, CostUnit? unit, string field)
    {
        var service = CatalogueService.Create(new("Työkokeilu", null, null, "Kokeilu", null, null, ServiceCategory.EmploymentServices, "Työttömät",
            ServiceEntry.Referral, null, "Työllisyyspalvelut", "p. 029 000", "Esikylä"), DateTimeOffset.UtcNow);
        service.SetUnitCost(9m, CostUnit.Day);
        var refused = Assert.Throws<DomainValidationException>(() => service.SetUnitCost((decimal)cost, unit));
        Assert.Contains(refused.Errors, e => e.Field == field);
        Assert.Equal((9m, CostUnit.Day), (service.UnitCost, service.CostUnit));
        service.SetUnitCost(null, null);
        Assert.Equal((null, null), (service.UnitCost, service.CostUnit));
    }

    [Fact]
    public void TheUnitsOfAService_AreHiddenWhereverItsUsersAre()
    {
        var year = new DateOnly(2026, 1, 1);
        Slice In(string municipality) => new(year, municipality, Guid.Empty, ServicePath.Unemployed);
        string service = Coaching.ToString();
        SliceCount[] counts =
        [
            new(Figures.CostCases, In("Esikylä"), Figures.OtherEnding, 40), new(Figures.CostCases, In("Mallila"), Figures.OtherEnding, 30),
            new(Figures.CostUsers, In("Esikylä"), service, 12), new(Figures.CostUsers, In("Mallila"), service, 2),
            new(Figures.CostDays, In("Esikylä"), service, 900), new(Figures.CostDays, In("Mallila"), service, 150),
        ];
        var tables = new CountyTables(counts);
        var mallila = new StatisticsFilter(year, year, "Mallila");
        Assert.True(Publication.Overlapping(Figures.ByCode(Figures.CostUsers), tables, mallila).Cells.Single().Count.Suppressed);
        Assert.True(Publication.Overlapping(Figures.ByCode(Figures.CostDays), tables, mallila).Cells.Single().Count.Suppressed);
        // The county's 1 050 days less Esikylä's would give Mallila's two away: Esikylä's are hidden as well.
        var esikyla = Publication.Overlapping(Figures.ByCode(Figures.CostDays), tables, new StatisticsFilter(year, year, "Esikylä"));
        var county = Publication.Overlapping(Figures.ByCode(Figures.CostDays), tables, new StatisticsFilter(year, year));
        Assert.False(esikyla.Cells.Single().Count.Value is { } e && county.Cells.Single().Count.Value is { } c && c - e == 150);
    }

    [Theory]
    [InlineData(false, false, 2000, 10, "Exact")]
    [InlineData(true, false, 2000, 10, "AtLeast")]
    [InlineData(false, true, 2000, 10, "AtMost")]
    [InlineData(true, true, 2000, 10, null)]
    [InlineData(false, false, 2000, 4, null)]
    public void ACostPerCase_SaysWhetherItIsExact_OrABound_AndIsNotGivenForFewerThanFive(bool costWithheld, bool casesWithheld, int total, int cases, string? bound)
    {
        var perCase = PerCaseCost.Of(total, costWithheld, new PublishedValue(cases < SmallGroups.Threshold ? null : cases, casesWithheld));
        Assert.Equal(bound is null ? null : total / (decimal)cases, perCase.Euros);
        if (bound is not null)
        {
            Assert.Equal(Enum.Parse<PerCaseBound>(bound), perCase.Bound);
        }
    }

    [Theory]
    [InlineData("12 345", 12345)]
    [InlineData("12\u00a0345", 12345)]
    [InlineData("12\u202f345", 12345)]
    [InlineData("kolme", null)]
    [InlineData("-5", null)]
    [InlineData("1234567890", null)]
    public void WholeNumbers_AreReadAsFinnsWriteThem(string text, int? expected) =>
        Assert.Equal(expected, WrittenNumbers.WholeNumber(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Theory]
    [InlineData("85,50", 85.50)]
    [InlineData("1 200", 1200.0)]
    [InlineData("9.5 €", 9.5)]
    [InlineData("abc", null)]
    [InlineData("-1", null)]
    [InlineData("1e3", null)]
    public void Euros_AreReadWithACommaOrAPoint(string text, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected, WrittenNumbers.Euros(text));
}
