using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Tests.Consents;

public class GivingAndWithdrawingConsentTests
{
    // 10.00 in Helsinki (UTC+2 in winter).
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Sote = Guid.NewGuid(), Employment = Guid.NewGuid(), Kela = Guid.NewGuid();
    private static readonly Guid Client = Guid.NewGuid(), Recorder = Guid.NewGuid();

    private static Consent Give(DataCategory categories = DataCategory.All, DateOnly? until = null, params Guid[] orgs) =>
        Consent.Record(Client, orgs.Length == 0 ? [Employment, Kela] : orgs, categories, "Työkyvyn tuen tiimi",
            Today, until ?? Today.AddMonths(12), ConsentGivenAs.ElectronicConfirmation, null, Recorder, Now);

    [Fact]
    public void AValidConsent_CoversTheNamedOrganisations_AndNoOther()
    {
        var consent = Give();
        Assert.Equal(DataCategory.All, consent.CategoriesFor(Employment, Now));
        Assert.Equal(DataCategory.None, consent.CategoriesFor(Sote, Now));
    }

    [Fact]
    public void Validity_RunsByTheDateInFinland_ThroughTheLastDay()
    {
        var consent = Give(until: Today.AddDays(10));
        // 23.59 Helsinki time on the last day is still valid; 00.00 the next day is not.
        var lastMinute = new DateTimeOffset(2026, 12, 4, 21, 59, 0, TimeSpan.Zero);
        Assert.True(consent.IsValidAt(lastMinute));
        Assert.False(consent.IsValidAt(lastMinute.AddMinutes(1)));
    }

    [Fact]
    public void AConsentStartingTomorrow_DoesNotCoverToday()
    {
        var consent = Consent.Record(Client, [Employment], DataCategory.All, "p", Today.AddDays(1), Today.AddMonths(1),
            ConsentGivenAs.ElectronicConfirmation, null, Recorder, Now);
        Assert.False(consent.IsValidAt(Now));
        Assert.True(consent.IsValidAt(Now.AddDays(1)));
    }

    [Fact]
    public void Recording_ReportsEveryMissingPart_AtOnce()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Consent.Record(Client, [], DataCategory.None, " ", Today, null, ConsentGivenAs.SignedOnPaper, null, Recorder, Now));
        Assert.Equal(
            ["categories:consent_no_categories", "documentReference:consent_paper_needs_reference", "organisationIds:consent_no_organisations",
             "purpose:required", "validUntil:required"],
            ex.Errors.Select(e => $"{e.Field}:{e.Code}").Order());
    }

    [Theory]
    [InlineData(-1, "consent_ends_before_start")]
    [InlineData(365 * 3 + 2, "consent_too_long")]
    public void Recording_RefusesImpossibleValidity(int days, string code)
    {
        var ex = Assert.Throws<DomainValidationException>(() => Give(until: Today.AddDays(days)));
        Assert.Contains(ex.Errors, e => e.Code == code);
    }

    [Fact]
    public void Narrowing_TakesOutHealthData_AndTellsWhoIsAffected()
    {
        var consent = Give();
        var affected = consent.Narrow([Employment, Kela], DataCategory.All & ~DataCategory.HealthData, Now);
        Assert.Equal(DataCategory.SocialWelfareData | DataCategory.EmploymentData | DataCategory.KelaBenefitsData, consent.CategoriesFor(Kela, Now));
        Assert.Equal(new[] { Employment, Kela }.Order(), affected.Order());
    }

    [Fact]
    public void Narrowing_CannotWiden()
    {
        var consent = Give(DataCategory.EmploymentData);
        var ex = Assert.Throws<DomainValidationException>(() => consent.Narrow([Employment, Sote], DataCategory.All, Now));
        Assert.Equal(2, ex.Errors.Count(e => e.Code == "consent_cannot_widen"));
    }

    [Fact]
    public void Withdrawal_EndsAccessAtOnce_AndCannotBeRepeated()
    {
        var consent = Give();
        consent.Withdraw(Recorder, "Asiakas perui puhelimessa", Now);
        Assert.False(consent.IsValidAt(Now));
        Assert.Equal(DataCategory.None, consent.CategoriesFor(Employment, Now));
        Assert.Equal("consent_withdrawn", Assert.Throws<DomainRuleException>(() => consent.Withdraw(Recorder, null, Now)).Code);
        Assert.Equal("consent_withdrawn", Assert.Throws<DomainRuleException>(() => consent.Narrow([Kela], DataCategory.HealthData, Now)).Code);
    }

    [Fact]
    public void Scope_UnitesValidConsents_AndIgnoresWithdrawnAndExpiredOnes()
    {
        var health = Give(DataCategory.HealthData, null, Kela);
        var employment = Give(DataCategory.EmploymentData, null, Kela, Employment);
        var withdrawn = Give(DataCategory.KelaBenefitsData, null, Kela);
        withdrawn.Withdraw(Recorder, null, Now);
        var expiring = Give(DataCategory.SocialWelfareData, Today, Sote);
        var scope = ConsentClock.Scope([health, employment, withdrawn, expiring], Now.AddDays(1));
        Assert.Equal(DataCategory.HealthData | DataCategory.EmploymentData, scope[Kela]);
        Assert.Equal(DataCategory.EmploymentData, scope[Employment]);
        Assert.False(scope.ContainsKey(Sote));
    }

    [Fact]
    public void ThePolicy_ShowsAnotherOrganisationOnlyTheConsentedCategories_AndItsOwnEverything()
    {
        var member = Guid.NewGuid();
        var facts = new ClientAccessFacts(Client, null, [new CaseRelationships(Sote, null, new HashSet<Guid> { member })],
            new HashSet<Guid> { Kela }, new Dictionary<Guid, DataCategory> { [Kela] = DataCategory.EmploymentData });
        var kelaMember = AccessPolicy.Decide(Actor.Staff(member, Kela, StaffRole.Professional), facts);
        Assert.True(kelaMember.Allowed);
        Assert.True(kelaMember.MayShow(DataCategory.EmploymentData));
        Assert.False(kelaMember.MayShow(DataCategory.HealthData));
        var soteColleague = AccessPolicy.Decide(Actor.Staff(Guid.NewGuid(), Sote, StaffRole.Professional), facts);
        Assert.True(soteColleague.MayShow(DataCategory.HealthData));
    }
}

public class SortingDataIntoCategoriesTests
{
    [Theory]
    [InlineData(WorkAbility.Domain.Cases.ContactBasis.ClientsOwnContact, DataCategory.HealthData)]
    [InlineData(WorkAbility.Domain.Cases.ContactBasis.ClientConsent, DataCategory.HealthData)]
    [InlineData(WorkAbility.Domain.Cases.ContactBasis.NotificationWithoutConsent, DataCategory.SocialWelfareData)]
    public void AConcern_IsHealthData_UnlessItCameAsASocialWelfareNotification(WorkAbility.Domain.Cases.ContactBasis basis, DataCategory expected) =>
        Assert.Equal(expected, DataCategories.OfConcern(basis));
}

public class ConfirmingAPreparedConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Employment = Guid.NewGuid(), Client = Guid.NewGuid(), Recorder = Guid.NewGuid();

    [Fact]
    public void AConsentPreparedForTheClient_GivesNothing_UntilTheyConfirmIt_AndOnlyOnce()
    {
        var prepared = Consent.Record(Client, [Employment], DataCategory.All, "Ehdotettu tiimi", Today, Today.AddMonths(12),
            ConsentGivenAs.ClientConfirmsOnline, null, Recorder, Now);
        Assert.True(prepared.AwaitingConfirmation);
        Assert.Equal(DataCategory.None, prepared.CategoriesFor(Employment, Now));
        Assert.Empty(ConsentClock.Scope([prepared], Now));
        Assert.False(Consent.ValidOn(Today).Compile()(prepared));
        prepared.Confirm(Now.AddHours(1));
        Assert.Equal(DataCategory.All, prepared.CategoriesFor(Employment, Now.AddHours(1)));
        Assert.True(Consent.ValidOn(Today).Compile()(prepared));
        Assert.Equal(Now.AddHours(1), prepared.ConfirmedAt);
        Assert.Equal("consent_not_awaiting", Assert.Throws<DomainRuleException>(() => prepared.Confirm(Now)).Code);
        Assert.Equal("consent_not_awaiting", Assert.Throws<DomainRuleException>(() => Consent.Record(Client, [Employment], DataCategory.All, "Tiimi", Today, Today.AddMonths(12), ConsentGivenAs.SignedOnPaper, "Y100-1", Recorder, Now).Confirm(Now)).Code);
    }
}
