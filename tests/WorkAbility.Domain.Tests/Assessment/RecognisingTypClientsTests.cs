using WorkAbility.Domain.Assessment;

namespace WorkAbility.Domain.Tests.Assessment;

public class RecognisingTypClientsTests
{
    private static readonly TypThresholds Defaults = new();
    private static TypFacts NeedsBoth(TypFacts f) => f with { NeedsEmploymentServices = true, NeedsSocialOrHealthServices = true };

    [Theory]
    [InlineData(299, false)]
    [InlineData(300, true)]
    public void LabourMarketSubsidy_ThresholdIs300Days(int days, bool likely)
    {
        var r = TypRecognition.Recognise(NeedsBoth(new TypFacts(AgeYears: 40, ContinuousUnemploymentMonths: 2, LabourMarketSubsidyDays: days)), Defaults);
        Assert.Equal(likely, r.LikelyTypClient);
        Assert.Equal(likely ? CriterionState.Met : CriterionState.NotMet, r.StateOf(TypCriterion.LabourMarketSubsidyDays));
    }

    [Theory]
    [InlineData(24, 5, false)]
    [InlineData(24, 6, true)]
    [InlineData(25, 6, false)]   // from 25 the adult threshold applies
    [InlineData(25, 11, false)]
    [InlineData(25, 12, true)]
    [InlineData(24, 12, true)]
    public void ContinuousUnemployment_SixMonthsUnder25_TwelveMonthsFrom25(int age, int months, bool likely)
    {
        var r = TypRecognition.Recognise(NeedsBoth(new TypFacts(AgeYears: age, ContinuousUnemploymentMonths: months, LabourMarketSubsidyDays: 0)), Defaults);
        Assert.Equal(likely, r.LikelyTypClient);
        Assert.Empty(r.MissingFacts);
    }

    [Fact]
    public void LongUnemployment_WithoutMultiSectorNeed_IsNotTyp()
    {
        var r = TypRecognition.Recognise(new TypFacts(40, 24, 500, NeedsEmploymentServices: true, NeedsSocialOrHealthServices: false), Defaults);
        Assert.False(r.LikelyTypClient);
        Assert.Equal(CriterionState.Met, r.StateOf(TypCriterion.LongUnemployment));
        Assert.Equal(CriterionState.NotMet, r.StateOf(TypCriterion.MultiSectorServiceNeed));
    }

    [Fact]
    public void KelaServices_AreNotRequired_ForTheFlag()
    {
        var r = TypRecognition.Recognise(new TypFacts(40, 24, null, true, true, NeedsKelaServices: false), Defaults);
        Assert.True(r.LikelyTypClient);
    }

    [Fact]
    public void MissingFacts_AreNamed_AndKeepTheFlagDown()
    {
        var r = TypRecognition.Recognise(new TypFacts(AgeYears: 30), Defaults);
        Assert.False(r.LikelyTypClient);
        Assert.Equal(
            [nameof(TypFacts.LabourMarketSubsidyDays), nameof(TypFacts.ContinuousUnemploymentMonths), nameof(TypFacts.NeedsEmploymentServices), nameof(TypFacts.NeedsSocialOrHealthServices)],
            r.MissingFacts);
        Assert.Equal(CriterionState.Unknown, r.StateOf(TypCriterion.LongUnemployment));
        Assert.Equal(CriterionState.NotMet, r.StateOf(TypCriterion.ContinuousUnemploymentUnderAgeLimit));
    }

    [Fact]
    public void OneMetCriterion_IsEnough_EvenWhenOthersAreUnknown()
    {
        var r = TypRecognition.Recognise(NeedsBoth(new TypFacts(LabourMarketSubsidyDays: 320)), Defaults);
        Assert.True(r.LikelyTypClient);
        Assert.Contains(nameof(TypFacts.AgeYears), r.MissingFacts);
    }

    [Fact]
    public void Thresholds_ComeFromConfiguration()
    {
        var stricter = new TypThresholds { LabourMarketSubsidyDays = 400 };
        Assert.False(TypRecognition.Recognise(NeedsBoth(new TypFacts(40, 0, 300)), stricter).LikelyTypClient);
    }
}
