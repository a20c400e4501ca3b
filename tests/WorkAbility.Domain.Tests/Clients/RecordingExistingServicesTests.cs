using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;

namespace WorkAbility.Domain.Tests.Clients;

/// <summary>F5, F32: the services a client already has – what they reveal, when they end, what a record must say.</summary>
public class RecordingExistingServicesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static ExistingService Record(ExistingServiceKind? kind = ExistingServiceKind.Employment, string? organisation = "Työllisyyspalvelut",
        DateOnly? since = null, DateOnly? until = null) =>
        ExistingService.Record(Guid.NewGuid(), kind, organisation, null, "Teemu", "040 555 0101", since, until, null, Guid.NewGuid(), Now);

    [Fact]
    public void AServiceIsCurrent_UntilTheDayItEnds()
    {
        var service = Record(since: Today.AddMonths(-2));
        Assert.True(service.IsCurrentOn(Today));

        service.End(Today);

        Assert.False(service.IsCurrentOn(Today));
        Assert.True(service.IsCurrentOn(Today.AddDays(-1)));
        Assert.True(Record(until: Today.AddDays(1)).IsCurrentOn(Today));
    }

    [Theory]
    [InlineData(ExistingServiceKind.Health, DataCategory.HealthData)]
    [InlineData(ExistingServiceKind.MentalHealthOrSubstance, DataCategory.HealthData)]
    [InlineData(ExistingServiceKind.OccupationalHealth, DataCategory.HealthData)]
    [InlineData(ExistingServiceKind.SocialWelfare, DataCategory.SocialWelfareData)]
    [InlineData(ExistingServiceKind.Employment, DataCategory.EmploymentData)]
    [InlineData(ExistingServiceKind.Kela, DataCategory.KelaBenefitsData)]
    [InlineData(ExistingServiceKind.Other, DataCategory.HealthData)]
    public void WhatAnEntryReveals_DecidesWhoSeesIt(ExistingServiceKind kind, DataCategory category) =>
        Assert.Equal(category, Record(kind).Category);

    [Fact]
    public void AnEntryNeedsAKindAndAnOrganisation_AndCannotEndBeforeItBegan()
    {
        var e = Assert.Throws<DomainValidationException>(() => Record(kind: null, organisation: " ", since: Today, until: Today.AddDays(-1)));
        Assert.Equal(["kind", "organisation", "until"], e.Errors.Select(x => x.Field).Order());
        Assert.Throws<DomainValidationException>(() => Record(since: Today).End(Today.AddDays(-3)));
    }
}
