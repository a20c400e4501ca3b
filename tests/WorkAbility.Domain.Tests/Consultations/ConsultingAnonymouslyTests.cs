using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consultations;

namespace WorkAbility.Domain.Tests.Consultations;

public class ConsultingAnonymouslyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Asiakas 131052-308T tarvitsee apua")]
    [InlineData("hetu:131052-308T")]
    [InlineData("131052A308T")]
    [InlineData("131052-308U kirjoitusvirheelläkin")]
    [InlineData("tunnus 010105a0091.")]
    [InlineData("290204 B 904H")]
    public void TextThatLooksLikeAnIdentityCode_IsFound(string text) => Assert.True(IdentifyingDataCheck.ContainsIdentityCode(text));

    [Theory]
    [InlineData("Nuori, noin 20 v, keskeyttänyt opinnot kahdesti")]
    [InlineData("Palaveri 23.11.2026 klo 14.00")]
    [InlineData("Puhelin 0401234567")]
    [InlineData("Asiakasnumero 1234567-8901")]
    [InlineData("")]
    public void OrdinaryText_IsNotMistakenForOne(string text) => Assert.False(IdentifyingDataCheck.ContainsIdentityCode(text));

    [Fact]
    public void Consultation_WithAnIdentityCode_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            AnonymousConsultation.Ask(Guid.NewGuid(), Guid.NewGuid(), "Nuori työtön", "Koskee henkilöä 131052-308T", Now));
        Assert.Equal(new FieldError("question", "consultation_identity_code"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void Consultation_IsAnsweredOnce_AndTheAnswerIsScreenedToo()
    {
        var c = AnonymousConsultation.Ask(Guid.NewGuid(), Guid.NewGuid(), "Nuori työtön", "Mikä on riittävä tuki?", Now);
        Assert.Throws<DomainValidationException>(() => c.AnswerWith(Guid.NewGuid(), "Ohjaa 131052-308T tiimiin", Now));
        c.AnswerWith(Guid.NewGuid(), "Ohjaa alkupalveluun ja kysy lupa yhteistyöhön.", Now.AddHours(2));
        Assert.True(c.IsAnswered);
        Assert.Equal("consultation_already_answered",
            Assert.Throws<DomainRuleException>(() => c.AnswerWith(Guid.NewGuid(), "toinen", Now)).Code);
    }

    [Fact]
    public void TheType_HasNoFieldForClientData()
    {
        var names = typeof(AnonymousConsultation).GetProperties().Select(p => p.Name.ToLowerInvariant()).ToList();
        Assert.DoesNotContain(names, n => n.Contains("client") || n.Contains("identity") || n.Contains("birth") || n.Contains("name") ||
                                          n.Contains("phone") || n.Contains("email") || n.Contains("address"));
    }
}
