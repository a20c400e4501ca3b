using WorkAbility.Domain.Clients;

namespace WorkAbility.Domain.Tests.Clients;

public class ValidatingIdentityCodesTests
{
    [Theory]
    [InlineData("010185+202W", 1885, 1, 1)]
    [InlineData("131052-308T", 1952, 10, 13)]
    [InlineData("131052Y308T", 1952, 10, 13)]
    [InlineData("131052X308T", 1952, 10, 13)]
    [InlineData("131052W308T", 1952, 10, 13)]
    [InlineData("131052V308T", 1952, 10, 13)]
    [InlineData("131052U308T", 1952, 10, 13)]
    [InlineData("010105A0091", 2005, 1, 1)]
    [InlineData("290204B904H", 2004, 2, 29)]
    [InlineData("290200A901C", 2000, 2, 29)]
    [InlineData("290200F901C", 2000, 2, 29)]
    [InlineData("310799-999D", 1999, 7, 31)]
    public void ValidCode_WhenParsed_ThenBirthDateFollowsCenturySign(string text, int year, int month, int day)
    {
        Assert.True(PersonalIdentityCode.TryParse(text, out var code, out var error));
        Assert.Equal(IdentityCodeError.None, error);
        Assert.Equal(new DateOnly(year, month, day), code.BirthDate);
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData("", IdentityCodeError.Empty)]
    [InlineData("   ", IdentityCodeError.Empty)]
    [InlineData(null, IdentityCodeError.Empty)]
    [InlineData("131052-308", IdentityCodeError.Format)]
    [InlineData("131052-308TT", IdentityCodeError.Format)]
    [InlineData("13105A-308T", IdentityCodeError.Format)]
    [InlineData("131052-3O8T", IdentityCodeError.Format)]
    [InlineData("131052G308T", IdentityCodeError.CenturySign)]
    [InlineData("131052Z308T", IdentityCodeError.CenturySign)]
    [InlineData("131052*308T", IdentityCodeError.CenturySign)]
    [InlineData("320152-308T", IdentityCodeError.Date)]
    [InlineData("001052-308T", IdentityCodeError.Date)]
    [InlineData("131352-308T", IdentityCodeError.Date)]
    [InlineData("290200-901C", IdentityCodeError.Date)] // 1900 is not a leap year
    [InlineData("290200+901C", IdentityCodeError.Date)] // nor is 1800
    [InlineData("290201A901C", IdentityCodeError.Date)]
    [InlineData("131052-000T", IdentityCodeError.IndividualNumber)]
    [InlineData("131052-001T", IdentityCodeError.IndividualNumber)]
    [InlineData("131052-308U", IdentityCodeError.CheckCharacter)]
    [InlineData("131052Y308A", IdentityCodeError.CheckCharacter)]
    [InlineData("010185+202X", IdentityCodeError.CheckCharacter)]
    [InlineData("010105A0092", IdentityCodeError.CheckCharacter)]
    [InlineData("290204B904J", IdentityCodeError.CheckCharacter)]
    public void InvalidCode_WhenParsed_ThenTheReasonIsNamed(string? text, IdentityCodeError expected)
    {
        Assert.False(PersonalIdentityCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void CenturySign_IsPartOfIdentity_SoTwoSignsAreTwoPeople()
    {
        var dash = PersonalIdentityCode.Parse("100190-999P");
        var y = PersonalIdentityCode.Parse("100190Y999P");
        Assert.Equal(dash.BirthDate, y.BirthDate);
        Assert.NotEqual(dash, y);
        Assert.False(dash == y);
        Assert.Equal(PersonalIdentityCode.Parse("100190-999P"), dash);
    }

    [Theory]
    [InlineData("100190-999P", true)]
    [InlineData("290200A901C", true)]
    [InlineData("131052-308T", false)]
    [InlineData("010185+202W", false)]
    public void TemporaryCodes_AreTheIndividualNumbers900To999(string text, bool temporary) =>
        Assert.Equal(temporary, PersonalIdentityCode.Parse(text).IsTemporary);

    [Theory]
    [InlineData("131052-308T", 2026, 10, 12, 73)]
    [InlineData("131052-308T", 2026, 10, 13, 74)]
    [InlineData("290204B904H", 2026, 2, 27, 21)]
    [InlineData("290204B904H", 2026, 2, 28, 22)]
    public void Age_CountsFullYears(string code, int y, int m, int d, int age) =>
        Assert.Equal(age, PersonalIdentityCode.Parse(code).AgeOn(new DateOnly(y, m, d)));

    [Fact]
    public void LowerCaseAndSurroundingSpaces_AreNormalised()
    {
        Assert.Equal("010105A0091", PersonalIdentityCode.Parse(" 010105a0091 ").Value);
    }

    [Fact]
    public void ToString_MasksTheIndividualPart_SoLogsNeverCarryTheCode()
    {
        var text = PersonalIdentityCode.Parse("131052-308T").ToString();
        Assert.DoesNotContain("308T", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BuildsValidTemporaryCodes_ForEveryDayOfALeapYear()
    {
        for (var d = new DateOnly(1984, 1, 1); d.Year == 1984; d = d.AddDays(1))
        {
            var code = PersonalIdentityCode.Create(d, 900 + (d.DayOfYear % 100));
            Assert.True(code.IsTemporary);
            Assert.Equal(d, code.BirthDate);
            Assert.True(PersonalIdentityCode.TryParse(code.Value, out _));
        }
    }

    [Fact]
    public void Parse_OfInvalidCode_ThrowsRuleWithStableCode()
    {
        var ex = Assert.Throws<Common.DomainRuleException>(() => PersonalIdentityCode.Parse("131052-308U"));
        Assert.Equal("identity_code_checkcharacter", ex.Code);
        Assert.Equal("personalIdentityCode", ex.Field);
    }
}
