using WorkAbility.Domain.Common;
using WorkAbility.Domain.Screening;
using C = WorkAbility.Domain.Screening.ScreeningCondition;

namespace WorkAbility.Domain.Tests.Screening;

public class EvaluatingScreeningConditionsTests
{
    private static readonly LocalizedText T = new("fi", "sv", "en");

    [Fact]
    public void MissingFacts_NeverSatisfyAComparison()
    {
        var empty = new BookingFacts();
        Assert.Null(new C.StatusIn([EmploymentStatus.Unemployed]).Match(empty));
        Assert.Null(new C.Range("sickLeaveDaysLast12Months", 31, null).Match(empty));
        Assert.Null(new C.ReasonMentions(["flu"]).Match(empty));
        Assert.Null(new C.Flag("indicator:housing", true).Match(empty));
        Assert.Null(new C.Flag("hasOccupationalHealth", false).Match(empty));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(366, true)]
    public void Range_IncludesItsBounds(int days, bool matches) =>
        Assert.Equal(matches, new C.Range("sickLeaveDaysLast12Months", 31, 366).Match(new BookingFacts(SickLeaveDaysLast12Months: days)) is not null);

    [Fact]
    public void ReasonMentions_IgnoresCase_AndNamesTheWordsFound()
    {
        var m = new C.ReasonMentions(["flu", "pitkittyn*", "flunssa*"]).Match(new BookingFacts(VisitReason: "Pitkittynyt FLUnssa, taas."));
        Assert.Equal([new MatchedFact("visitReason", "Pitkittynyt"), new MatchedFact("visitReason", "FLUnssa")], m);
    }

    [Fact]
    public void ReasonMentions_MatchesWholeWords_SoAnEnglishWordDoesNotFireOnAFinnishOne()
    {
        Assert.Null(new C.ReasonMentions(["flu", "pain"]).Match(new BookingFacts(VisitReason: "flunssa ja paine rinnassa")));
        Assert.Equal([new MatchedFact("visitReason", "flu")], new C.ReasonMentions(["flu"]).Match(new BookingFacts(VisitReason: "Long flu.")));
        Assert.Equal([new MatchedFact("visitReason", "väsymys")], new C.ReasonMentions(["väsy*"]).Match(new BookingFacts(VisitReason: "jatkuva väsymys; väsymys")));
    }

    [Fact]
    public void Not_HoldsWhenTheInnerConditionDoesNot_IncludingUnknownFacts()
    {
        var notWithoutOh = new C.Not(new C.Flag("hasOccupationalHealth", false));
        Assert.NotNull(notWithoutOh.Match(new BookingFacts()));
        Assert.NotNull(notWithoutOh.Match(new BookingFacts(HasOccupationalHealth: true)));
        Assert.Null(notWithoutOh.Match(new BookingFacts(HasOccupationalHealth: false)));
    }

    [Fact]
    public void AllAndAny_CollectTheFactsThatMadeThemTrue()
    {
        var rule = new ScreeningRule("r", T, new C.All([
            new C.StatusIn([EmploymentStatus.Unemployed]),
            new C.Any([new C.ReasonMentions(["flu"]), new C.Range("visitsLast12Months", 3, null)]),
        ]), T);
        var set = new ScreeningRuleSet([], [rule]);

        var alert = Assert.Single(ScreeningEvaluator.Evaluate(set, new BookingFacts(EmploymentStatus.Unemployed, VisitReason: "flu", VisitsLast12Months: 5)));
        Assert.Equal(["employmentStatus", "visitReason", "visitsLast12Months"], alert.Because.Select(f => f.Fact));
        Assert.Empty(ScreeningEvaluator.Evaluate(set, new BookingFacts(EmploymentStatus.Employed, VisitReason: "flu")));
        Assert.Empty(ScreeningEvaluator.Evaluate(set, new BookingFacts(EmploymentStatus.Unemployed, VisitReason: "ear ache")));
    }

    [Fact]
    public void IndicatorFlags_ReadTheAnsweredIndicators()
    {
        var facts = new BookingFacts(Indicators: new Dictionary<string, bool> { ["housing"] = true, ["ergonomics"] = false });
        Assert.NotNull(new C.Flag("indicator:housing", true).Match(facts));
        Assert.Null(new C.Flag("indicator:ergonomics", true).Match(facts));
        Assert.NotNull(new C.Flag("indicator:ergonomics", false).Match(facts));
    }
}
