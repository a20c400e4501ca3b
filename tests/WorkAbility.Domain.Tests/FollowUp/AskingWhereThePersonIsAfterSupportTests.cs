using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Domain.Tests.FollowUp;

/// <summary>F39: the person's situation 3, 6 and 12 months after support ended — when it is asked, and what is refused.</summary>
public class AskingWhereThePersonIsAfterSupportTests
{
    private static readonly DateTimeOffset Ended = new(2026, 3, 16, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachPoint_IsAskedWhenItComes_ForTwoMonths_UntilItIsAnswered()
    {
        Assert.Null(SituationAfterSupport.Due(null, [], Ended.AddMonths(4)));
        Assert.Null(SituationAfterSupport.Due(Ended, [], Ended.AddMonths(3).AddDays(-1)));
        Assert.Equal(3, SituationAfterSupport.Due(Ended, [], Ended.AddMonths(3)));
        Assert.Equal(3, SituationAfterSupport.Due(Ended, [], Ended.AddMonths(3).AddDays(60)));
        Assert.Null(SituationAfterSupport.Due(Ended, [], Ended.AddMonths(3).AddDays(61)));
        Assert.Null(SituationAfterSupport.Due(Ended, [3], Ended.AddMonths(4)));
        // At six months the six-month question, whether or not the three-month one was answered.
        Assert.Equal(6, SituationAfterSupport.Due(Ended, [], Ended.AddMonths(6).AddDays(1)));
        Assert.Equal(12, SituationAfterSupport.Due(Ended, [3, 6], Ended.AddMonths(12).AddDays(1)));
        Assert.Null(SituationAfterSupport.Due(Ended, [3, 6, 12], Ended.AddMonths(12).AddDays(1)));
    }

    [Fact]
    public void ATold_Situation_IsKeptWithWhoToldIt_AndALaterAnswerReplacesIt()
    {
        var professional = Guid.NewGuid();
        var told = SituationAfterSupport.Tell(Guid.NewGuid(), Ended, 3, LifeSituation.JobSeeker, ToldBy.Client, professional, Ended.AddMonths(3).AddDays(2));
        Assert.Equal((3, LifeSituation.JobSeeker, ToldBy.Client), (told.MonthsAfter, told.Situation, told.ToldBy));
        Assert.Null(told.RecordedById);
        told.Replace(SituationAfterSupport.Tell(told.SupportCaseId, Ended, 3, LifeSituation.WorkingPartTime, ToldBy.Professional, professional, Ended.AddMonths(3).AddDays(9)));
        Assert.Equal((LifeSituation.WorkingPartTime, ToldBy.Professional, professional), (told.Situation, told.ToldBy, told.RecordedById));
    }

    [Theory]
    [InlineData(6, "WorkingFullTime", "monthsAfter", "situation_point_not_come")]
    [InlineData(4, "WorkingFullTime", "monthsAfter", "invalid_choice")]
    [InlineData(null, "WorkingFullTime", "monthsAfter", "required")]
    [InlineData(3, null, "situation", "required")]
    [InlineData(3, "99", "situation", "invalid_choice")]
    public void AWrongAnswer_IsRefusedAtItsField(int? months, string? situation, string field, string code)
    {
        LifeSituation? told = situation is null ? null : Enum.Parse<LifeSituation>(situation);
        var refused = Assert.Throws<DomainValidationException>(() =>
            SituationAfterSupport.Tell(Guid.NewGuid(), Ended, months, told, ToldBy.Client, null, Ended.AddMonths(4)));
        Assert.Contains(refused.Errors, e => e.Field == field && e.Code == code);
    }

    [Theory]
    [InlineData("Studying, JobSeeker")]
    [InlineData("7")]
    [InlineData("studying")]
    [InlineData("Astronaut")]
    public void ASituation_IsOneOfTheNamedChoices_NotANumberOrACombination(string name)
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            SituationAfterSupport.Tell(Guid.NewGuid(), Ended, 3, name, ToldBy.Client, null, Ended.AddMonths(4)));
        Assert.Contains(refused.Errors, e => e.Field == "situation" && e.Code == "invalid_choice");
        Assert.Equal(LifeSituation.Studying, SituationAfterSupport.Tell(Guid.NewGuid(), Ended, 3, " Studying ", ToldBy.Client, null, Ended.AddMonths(4)).Situation);
    }

    [Fact]
    public void WhileSupportRuns_NothingIsAskedOrTold() =>
        Assert.Equal("support_not_ended", Assert.Throws<DomainRuleException>(() =>
            SituationAfterSupport.Tell(Guid.NewGuid(), null, 3, LifeSituation.Studying, ToldBy.Client, null, Ended)).Code);

    [Theory]
    [InlineData(LifeSituation.WorkingFullTime, true)]
    [InlineData(LifeSituation.WorkingWithWageSubsidy, true)]
    [InlineData(LifeSituation.Studying, true)]
    [InlineData(LifeSituation.JobSeeker, false)]
    [InlineData(LifeSituation.InRehabilitation, false)]
    public void WorkOrStudy_IsTheOutcomeTheModelAimsAt(LifeSituation situation, bool inWorkOrStudy) =>
        Assert.Equal(inWorkOrStudy, SituationAfterSupport.InWorkOrStudy(situation));
}
