using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Tests.Referrals;

/// <summary>F41: a referral is answered by a working day counted from the Finnish day it was sent, holidays skipped.</summary>
public class HoldingReferralsToTheirServiceLevelTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(2), Summer = TimeSpan.FromHours(3);

    /// <summary>Sent on the day before each of a year's holidays (and the eves offices keep closed), at 15:00 Finnish time.</summary>
    [Theory]
    [InlineData(2027, 1, 5, 2, 2027, 1, 8)]     // Tue before Epiphany (Wed 6.1.): Thu 7.1. is one, Fri 8.1. two
    [InlineData(2027, 3, 25, 2, 2027, 3, 31)]   // Thu before Good Friday: Good Friday, the weekend and Easter Monday skipped, Tue 30.3., Wed 31.3.
    [InlineData(2027, 4, 30, 2, 2027, 5, 4)]    // Fri before May Day (Sat): Mon 3.5., Tue 4.5.
    [InlineData(2027, 5, 5, 2, 2027, 5, 10)]    // Wed before Ascension Day (Thu 6.5.): Fri 7.5., Mon 10.5.
    [InlineData(2027, 6, 24, 2, 2027, 6, 29)]   // Thu before Midsummer Eve (Fri 25.6.): Mon 28.6., Tue 29.6.
    [InlineData(2026, 12, 4, 2, 2026, 12, 8)]   // Fri 4.12. before Independence Day (Sun 6.12.): Mon 7.12., Tue 8.12.
    [InlineData(2026, 12, 23, 2, 2026, 12, 29)] // Wed before Christmas Eve, Christmas Day and Boxing Day: Mon 28.12., Tue 29.12.
    [InlineData(2026, 12, 31, 2, 2027, 1, 5)]   // Thu before New Year's Day (Fri): Mon 4.1., Tue 5.1.
    [InlineData(2026, 12, 31, 1, 2027, 1, 4)]
    [InlineData(2027, 3, 26, 14, 2027, 4, 16)]  // sent on Good Friday itself, 14 working days
    public void RespondBy_SkipsWeekendsAndFinnishHolidays(int y, int m, int d, int days, int ey, int em, int ed)
    {
        var day = new DateOnly(y, m, d);
        var offset = m is >= 4 and <= 10 ? Summer : Winter;
        var sentAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), offset);
        Assert.Equal(new DateOnly(ey, em, ed), ReferralServiceLevel.RespondBy(sentAt, days));
    }

    [Fact]
    public void AReferralSentAfterMidnightInFinland_CountsFromTheFinnishDay_NotTheUtcOne()
    {
        // 22:30 UTC on Friday 4 Dec 2026 is 00:30 on Saturday in Finland.
        var saturdayInFinland = new DateTimeOffset(2026, 12, 4, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 8), ReferralServiceLevel.RespondBy(saturdayInFinland, 2)); // Sat → Mon 7.12. one, Tue 8.12. two
    }

    [Fact]
    public void EveryWorkingDayOfAYear_GivesARespondByDayThatIsAWorkingDay_TheRightNumberOfWorkingDaysOn()
    {
        for (var day = new DateOnly(2027, 1, 1); day.Year == 2027; day = day.AddDays(1))
        {
            var sentAt = FinnishCalendar.NoonOf(day);
            var by = ReferralServiceLevel.RespondBy(sentAt, 2);
            Assert.True(WorkingDays.IsWorkingDay(by), $"{day}: {by}");
            Assert.Equal(2, WorkingDays.Between(day, by));
        }
    }

    [Fact]
    public void LateAndOverdue_AreOnlyForUnansweredReferrals()
    {
        var sent = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero); // Monday
        var by = ReferralServiceLevel.RespondBy(sent, 2);                    // Wednesday 4.11.
        Assert.False(ReferralServiceLevel.IsLate(ReferralStatus.Received, by, by));
        Assert.True(ReferralServiceLevel.IsLate(ReferralStatus.Received, by, by.AddDays(1)));
        Assert.False(ReferralServiceLevel.IsLate(ReferralStatus.Accepted, by, by.AddDays(30)));
        Assert.False(ReferralServiceLevel.IsOverdue(ReferralStatus.Sent, sent, new DateOnly(2026, 11, 19))); // 13 working days
        Assert.True(ReferralServiceLevel.IsOverdue(ReferralStatus.Sent, sent, new DateOnly(2026, 11, 20)));  // 14
        Assert.False(ReferralServiceLevel.IsOverdue(ReferralStatus.Declined, sent, new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void AnAnswerOnTheRespondByDay_IsInTime_InFinnishTime()
    {
        var by = new DateOnly(2026, 11, 4);
        Assert.True(ReferralServiceLevel.AnsweredInTime(new DateTimeOffset(2026, 11, 4, 21, 59, 0, TimeSpan.Zero), by)); // 23:59 Helsinki
        Assert.False(ReferralServiceLevel.AnsweredInTime(new DateTimeOffset(2026, 11, 4, 22, 1, 0, TimeSpan.Zero), by)); // 00:01 the next day
    }
}
