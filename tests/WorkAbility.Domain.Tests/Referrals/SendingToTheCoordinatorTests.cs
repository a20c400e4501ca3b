using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Tests.Referrals;

/// <summary>
/// F31, the saatelomake: no consent, no referral; a person is identified by the identity code or by
/// name, birth date and phone; only the receiving coordinators handle it and the sender only follows it;
/// a match is only what the form allows; taking on moves a case to the coordinator's assessment.
/// </summary>
public class SendingToTheCoordinatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly Guid Sote = Guid.NewGuid();
    private static readonly Guid Sender = Guid.NewGuid();
    private static readonly Guid SenderOrganisation = Guid.NewGuid();

    private static CoordinatorReferral.Form Form(string? code = "010203A9057", DateOnly? birth = null, string? phone = null,
        ReferralConsentBasis? basis = ReferralConsentBasis.WrittenY100, DateOnly? givenOn = null, string? heardBy = null,
        IReadOnlyList<CoordinatorReferral.ReferredServiceForm?>? services = null) =>
        new(code, "Joona", "Nuorimies", birth, phone, "Esikylä", "Opinnot keskeytyneet.", "Haluan tekemistä.", "Kaksi tapaamista.", services,
            basis, givenOn ?? Today.AddDays(-1), heardBy, "Tekstiviesti");

    private static CoordinatorReferral Send(CoordinatorReferral.Form form, Guid? to = null) =>
        CoordinatorReferral.Send(form, to ?? Sote, Sender, SenderOrganisation, Now);

    private static HashSet<string> Fields(Action act) =>
        Assert.Throws<DomainValidationException>(act).Errors.Select(e => e.Field + "=" + e.Code).ToHashSet();

    [Fact]
    public void NoConsent_NoReferral()
    {
        var errors = Fields(() => Send(Form(basis: null)));
        Assert.Contains("consent.basis=coordinator_referral_needs_consent", errors);
    }

    [Fact]
    public void AnOralConsent_NamesWhoHeardIt_AndAConsentIsNeitherAheadNorOld()
    {
        Assert.Contains("consent.heardBy=referral_oral_consent_heard_by", Fields(() => Send(Form(basis: ReferralConsentBasis.Oral))));
        Assert.Contains("consent.givenOn=date_in_future", Fields(() => Send(Form(givenOn: Today.AddDays(1)))));
        Assert.Contains("consent.givenOn=referral_consent_too_old", Fields(() => Send(Form(givenOn: Today.AddYears(-3).AddDays(-1)))));

        var oral = Send(Form(basis: ReferralConsentBasis.Oral, heardBy: "Nelli Nuorisotyö"));
        Assert.Equal("Nelli Nuorisotyö", oral.ConsentHeardBy);
        // Who heard a written consent is not asked, and not kept.
        Assert.Null(Send(Form(heardBy: "joku")).ConsentHeardBy);
    }

    [Fact]
    public void WithoutTheIdentityCode_TheBirthDateAndPhoneIdentifyThePerson()
    {
        var errors = Fields(() => Send(Form(code: null)));
        Assert.Contains("birthDate=referral_birth_date_or_code", errors);
        Assert.Contains("phone=referral_phone_without_code", errors);
        Assert.Contains("birthDate=date_in_future", Fields(() => Send(Form(code: null, birth: Today.AddDays(1), phone: "040 123 4567"))));

        var byBirth = Send(Form(code: null, birth: new DateOnly(2005, 3, 1), phone: "040 123 4567"));
        Assert.Equal(new DateOnly(2005, 3, 1), byBirth.PersonBirthDate);
        Assert.Null(byBirth.PersonalIdentityCode);
    }

    [Fact]
    public void TheIdentityCode_IsValidated_AndTheBirthDateMustAgreeWithIt()
    {
        Assert.Contains("personalIdentityCode=identity_code_checkcharacter", Fields(() => Send(Form(code: "010203A9058"))));
        Assert.Contains("birthDate=birth_date_differs_from_code", Fields(() => Send(Form(birth: new DateOnly(2003, 2, 2)))));
        var referral = Send(Form(birth: new DateOnly(2003, 2, 1)));
        Assert.Equal(new DateOnly(2003, 2, 1), referral.PersonBirthDate);
        Assert.Null(referral.BirthDate);                   // the code carries it
    }

    [Fact]
    public void AMunicipalityWithoutARoute_IsNamed()
    {
        Assert.Contains("municipality=referral_municipality_not_served",
            Fields(() => CoordinatorReferral.Send(Form(), null, Sender, SenderOrganisation, Now)));
    }

    [Fact]
    public void TheServicesThePersonHas_AreCheckedRowByRow()
    {
        var errors = Fields(() => Send(Form(services: [null, new(null, " ", null, null), new((ExistingServiceKind)99, "X", null, null)])));
        Assert.Contains("existingServices[0]=required", errors);
        Assert.Contains("existingServices[1].kind=required", errors);
        Assert.Contains("existingServices[1].organisation=required", errors);
        Assert.Contains("existingServices[2].kind=invalid_choice", errors);
        Assert.Contains("existingServices=too_many",
            Fields(() => Send(Form(services: Enumerable.Repeat<CoordinatorReferral.ReferredServiceForm?>(new(ExistingServiceKind.Kela, "Kela", null, null), 11).ToList()))));

        var sent = Send(Form(services: [new(ExistingServiceKind.ThirdSector, " Nuorisotyö ", "Nelli", null)]));
        Assert.Equal(new ReferredService(ExistingServiceKind.ThirdSector, "Nuorisotyö", "Nelli", null), Assert.Single(sent.ExistingServices));
    }

    [Fact]
    public void TheReceivingCoordinators_HandleIt_TheSenderFollowsIt_NobodyElseReadsIt()
    {
        var referral = Send(Form());
        Assert.Equal(CoordinatorReferralReader.Receiver, referral.ReaderOf(Guid.NewGuid(), Sote, isCoordinator: true));
        Assert.Equal(CoordinatorReferralReader.None, referral.ReaderOf(Guid.NewGuid(), Sote, isCoordinator: false));
        Assert.Equal(CoordinatorReferralReader.None, referral.ReaderOf(Guid.NewGuid(), Guid.NewGuid(), isCoordinator: true));
        Assert.Equal(CoordinatorReferralReader.Sender, referral.ReaderOf(Sender, SenderOrganisation, isCoordinator: false));
    }

    [Fact]
    public void ItIsTakenOnOrReturned_Once()
    {
        var referral = Send(Form());
        var coordinator = Guid.NewGuid();
        referral.MarkReceived(coordinator, Now.AddHours(1));
        Assert.Equal(CoordinatorReferralStatus.Received, referral.Status);

        Assert.Contains("reason=required", Fields(() => referral.Return(null, null, coordinator, Now)));
        Assert.Contains("note=required", Fields(() => referral.Return(ReferralReturnReason.NoConsent, " ", coordinator, Now)));
        referral.Return(ReferralReturnReason.WrongRecipient, "Asuu toisella alueella.", coordinator, Now.AddHours(2));
        Assert.Equal(CoordinatorReferralStatus.Returned, referral.Status);
        Assert.Equal("coordinator_referral_handled",
            Assert.Throws<DomainRuleException>(() => referral.TakeOn(Guid.NewGuid(), Guid.NewGuid(), coordinator, Now)).Code);

        var other = Send(Form());
        other.TakeOn(Guid.NewGuid(), Guid.NewGuid(), coordinator, Now);
        Assert.Equal(CoordinatorReferralStatus.TakenOn, other.Status);
        other.MarkReceived(coordinator, Now);              // opening it later changes nothing
        Assert.Equal(CoordinatorReferralStatus.TakenOn, other.Status);
        Assert.Throws<DomainRuleException>(() => other.Return(ReferralReturnReason.Other, "x", coordinator, Now));
    }

    [Fact]
    public void AMatch_IsTheSameCode_OrTheSameLastNameAndBirthDate()
    {
        var byCode = Send(Form());
        Assert.True(byCode.MayBe(Client.Register("010203A9057", "Joku", "Muu", "Esikylä", null, null, Now)));
        Assert.False(byCode.MayBe(Client.Register("020304A906Y", "Joona", "Nuorimies", "Esikylä", null, null, Now)));

        var byBirth = Send(Form(code: null, birth: new DateOnly(2003, 2, 1), phone: "040 123 4567"));
        Assert.True(byBirth.MayBe(Client.Register("010203A9057", "Joona", "nuorimies", "Esikylä", null, null, Now)));
        Assert.False(byBirth.MayBe(Client.Register("010203A9057", "Joona", "Toinen", "Esikylä", null, null, Now)));
        Assert.False(byBirth.MayBe(Client.Register("020304A906Y", "Joona", "Nuorimies", "Esikylä", null, null, Now)));
    }

    [Fact]
    public void TakingOn_MovesACaseNotYetAtTheCoordinator_ToTheCoordinatorsAssessment()
    {
        var coordinator = Guid.NewGuid();
        var fresh = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Sote, coordinator, Now);
        fresh.TakeOnReferralToCoordinator(coordinator, Now);
        Assert.Equal(CaseStage.CoordinatorAssessment, fresh.Stage);
        Assert.Equal(coordinator, fresh.CoordinatorId);

        // A case further along keeps its stage and its coordinator.
        var ahead = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.NeedAssessment, Sote, coordinator, Now);
        var theirs = Guid.NewGuid();
        ahead.TakeOnReferralToCoordinator(theirs, Now);
        ahead.Advance(CaseStage.Team, theirs, Now);
        ahead.TakeOnReferralToCoordinator(coordinator, Now.AddDays(1));
        Assert.Equal(CaseStage.Team, ahead.Stage);
        Assert.Equal(theirs, ahead.CoordinatorId);
    }

    [Fact]
    public void TheSaatelomakesChannel_IsNotTypedByHand()
    {
        Assert.DoesNotContain(ContactChannel.CoordinatorReferral, Concern.ManualChannels);
        Assert.Contains("channel=invalid_choice", Fields(() => Concern.Record(Guid.NewGuid(), ConcernSource.Professional, "Kela",
            ContactChannel.CoordinatorReferral, "Huoli", Today, Guid.NewGuid(), Now, Today)));
        var referral = Send(Form());
        var concern = Concern.FromCoordinatorReferral(Guid.NewGuid(), referral, "Esikylän nuorisotyö", Guid.NewGuid(), Now.AddDays(2));
        Assert.Equal(ContactBasis.ClientConsent, concern.Basis);
        Assert.Equal(Today, concern.NoticedOn);
        Assert.Equal("Haluan tekemistä.", concern.ClientResponse);
        Assert.Contains("Kaksi tapaamista.", concern.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoute_LeadsToASoteCentre_WhateverTheCaseOfTheName()
    {
        var sote = Organisation.Create("Esikylän sote-keskus", OrganisationKind.SoteCentre, "Esikylä", Now);
        var route = CoordinatorRoute.To(" Esikylä ", sote);
        Assert.Equal("Esikylä", route.Municipality);
        Assert.Equal(CoordinatorRoute.KeyOf("esikylä"), route.Key);
        var kela = Organisation.Create("Kela", OrganisationKind.Kela, "Esikylä", Now);
        Assert.Contains("organisationId=route_not_sote_centre", Fields(() => CoordinatorRoute.To("Mallila", kela)));
        Assert.Equal("route_not_sote_centre", Assert.Throws<DomainRuleException>(() => route.Redirect(kela)).Code);
    }
}
