using WorkAbility.Domain.Clients;

namespace WorkAbility.Domain.Tests.Clients;

/// <summary>Turvakielto: the person's contact details stay with the person and the organisation that registered them.</summary>
public class KeepingANonDisclosureOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Registering = Guid.NewGuid(), Other = Guid.NewGuid();

    [Fact]
    public void UnderAnOrder_OnlyThePersonAndTheRegisteringOrganisation_SeeTheContactDetails()
    {
        var client = Client.Register("150585-213H", "Turva", "Henkilö", "Esikylä", "040 123 4567", null, Now, Registering, nonDisclosure: true);
        Assert.True(client.ContactDetailsShownTo(Registering, null));
        Assert.True(client.ContactDetailsShownTo(null, client.Id));
        Assert.False(client.ContactDetailsShownTo(Other, null));
        Assert.False(client.ContactDetailsShownTo(null, null));
        Assert.False(client.ContactDetailsShownTo(null, Guid.NewGuid()));
    }

    [Fact]
    public void WithoutAnOrder_TheContactDetailsGoWhereTheRecordGoes()
    {
        var client = Client.Register("150585-213H", "Avoin", "Henkilö", "Esikylä", "040 123 4567", null, Now, Registering);
        Assert.False(client.NonDisclosure);
        Assert.True(client.ContactDetailsShownTo(Other, null));
    }
}
