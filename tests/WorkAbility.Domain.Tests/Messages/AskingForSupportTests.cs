using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Tests.Messages;

/// <summary>F40: a person's own request for support is a saatelomake from the person, resting on the request itself.</summary>
public class AskingForSupportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly PersonalIdentityCode Code = PersonalIdentityCode.Create(new DateOnly(1994, 2, 11), 997);

    [Fact]
    public void AnOwnRequest_ComesFromThePerson_AndIsTheirConsent()
    {
        var request = CoordinatorReferral.AskedByPerson(new("Mallila", " Jaksaminen ei riitä. ", null, null, "040 765 4321", null), Guid.NewGuid(), Code, "Riikka", "Rinne", Now);
        Assert.True(request.FromPersonThemselves);
        Assert.Null(request.FromOrganisationId);
        Assert.Equal((ReferralConsentBasis.OwnRequest, FinnishCalendar.DateOf(Now)), (request.ConsentBasis, request.ConsentGivenOn));
        Assert.Equal((Code.Value, "Jaksaminen ei riitä.", "Jaksaminen ei riitä."), (request.PersonalIdentityCode, request.Concern, request.ClientsOwnWords));
        Assert.Equal(CoordinatorReferralStatus.Sent, request.Status);
    }

    [Fact]
    public void AnOwnRequest_NeedsAServedMunicipalityAndAConcern_AndAPhoneThatCanBeDialled()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            CoordinatorReferral.AskedByPerson(new("Atlantis", " ", null, null, "soita", null), null, Code, "Riikka", "Rinne", Now));
        Assert.Equal(["municipality", "concern", "phone"], error.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void AProfessionalsForm_CannotClaimToBeThePersonsOwnRequest()
    {
        var form = new CoordinatorReferral.Form(Code.Value, "Riikka", "Rinne", null, null, "Mallila", "Huoli", null, null, null,
            ReferralConsentBasis.OwnRequest, FinnishCalendar.DateOf(Now), null, null);
        var error = Assert.Throws<DomainValidationException>(() => CoordinatorReferral.Send(form, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now));
        Assert.Contains(error.Errors, e => e.Field == "consent.basis" && e.Code == "invalid_choice");
    }
}
