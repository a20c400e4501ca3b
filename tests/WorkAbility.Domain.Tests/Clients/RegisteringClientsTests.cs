using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Clients;

public class RegisteringClientsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ValidInput_WhenRegistered_ThenTrimmedAndKept()
    {
        var c = Client.Register("100190-999P", " Matti ", "Meikäläinen", "Lieto", "040 123 4567", "matti@example.fi", Now);
        Assert.Equal("Matti", c.FirstName);
        Assert.Equal("Matti Meikäläinen", c.FullName);
        Assert.Equal("100190-999P", c.PersonalIdentityCode.Value);
        Assert.Equal(Now, c.CreatedAt);
        Assert.NotEqual(Guid.Empty, c.Id);
    }

    [Fact]
    public void EveryInvalidField_IsReportedAtOnce()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Client.Register("131052-308U", "  ", new string('x', 101), "", "abc", "not-an-email", Now));
        var fields = ex.Errors.ToDictionary(e => e.Field, e => e.Code);
        Assert.Equal("identity_code_checkcharacter", fields["personalIdentityCode"]);
        Assert.Equal("required", fields["firstName"]);
        Assert.Equal("too_long", fields["lastName"]);
        Assert.Equal("required", fields["municipality"]);
        Assert.Equal("phone_invalid", fields["phone"]);
        Assert.Equal("email_invalid", fields["email"]);
    }

    [Fact]
    public void OptionalContactDetails_MayBeBlank()
    {
        var c = Client.Register("100190-999P", "Matti", "M", "Lieto", " ", null, Now);
        Assert.Null(c.Phone);
        Assert.Null(c.Email);
    }
}
