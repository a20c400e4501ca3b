using Microsoft.Extensions.Time.Testing;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;

namespace WorkAbility.Domain.Tests.Calendar;

public class CountingDaysInFinlandTests
{
    [Fact]
    public void TodayInFinland_TurnsAtHelsinkiMidnight_NotAtUtcMidnight()
    {
        // 22.30 UTC on 22 November is 00.30 on 23 November in Helsinki (UTC+2 in winter).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 21, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 22), FinnishCalendar.Today(clock));
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(new DateOnly(2026, 11, 23), FinnishCalendar.Today(clock));
    }

    [Fact]
    public void AClientBornOnThisDay_IsAYearOlder_FromHelsinkiMidnight()
    {
        // 010203A9057: born 1 February 2003; at 00.30 Helsinki time on 1 February 2026 they are 23.
        var code = PersonalIdentityCode.Parse("010203A9057");
        var justAfterMidnight = new DateTimeOffset(2026, 1, 31, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(23, code.AgeOn(FinnishCalendar.DateOf(justAfterMidnight)));
        Assert.Equal(22, code.AgeOn(DateOnly.FromDateTime(justAfterMidnight.UtcDateTime)));
    }

    [Theory]
    [InlineData("2026-07-01T12:00:00", "2026-07-01T09:00:00Z")] // summer time, UTC+3
    [InlineData("2026-12-01T12:00:00", "2026-12-01T10:00:00Z")] // winter time, UTC+2
    public void AWallClockTimeTypedInAForm_IsTheHelsinkiInstant(string local, string utc)
    {
        var instant = FinnishCalendar.FromLocalTime(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), FinnishCalendar.LocalTime(instant));
    }

    [Fact]
    public void ConsentValidity_AsAQueryCondition_AgreesWithTheObject_OnEveryDayAroundItsPeriod()
    {
        var from = new DateOnly(2026, 11, 24);
        var consent = Consent.Record(Guid.NewGuid(), [Guid.NewGuid()], DataCategory.All, "Tiimi", from, from.AddDays(3),
            ConsentGivenAs.ElectronicConfirmation, null, Guid.NewGuid(), new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        for (var day = from.AddDays(-2); day <= from.AddDays(5); day = day.AddDays(1))
        {
            var noonInHelsinki = FinnishCalendar.FromLocalTime(day.ToDateTime(new TimeOnly(12, 0)));
            var asQuery = Consent.ValidOn(day).Compile();
            Assert.Equal(consent.IsValidAt(noonInHelsinki), asQuery(consent));
        }
        Assert.True(Consent.ValidOn(from).Compile()(consent));
        Assert.False(Consent.ValidOn(from.AddDays(4)).Compile()(consent));
    }
}
