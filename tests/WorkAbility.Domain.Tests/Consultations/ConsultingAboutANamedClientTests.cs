using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consultations;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Tests.Consultations;

/// <summary>F35: a named client is consulted about only with experts, only with consent; the consulted organisation answers once.</summary>
public class ConsultingAboutANamedClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static Organisation Org(OrganisationKind kind) => Organisation.Create("Org", kind, "Esikylä", Now);

    [Theory]
    [InlineData(OrganisationKind.SpecialExpertiseTeam, true)]
    [InlineData(OrganisationKind.EmploymentServices, true)]
    [InlineData(OrganisationKind.Kela, false)]
    [InlineData(OrganisationKind.SoteCentre, false)]
    public void OnlyExperts_AreConsultedAboutANamedClient(OrganisationKind kind, bool expert) =>
        Assert.Equal(expert, CaseConsultation.MayBeConsulted(kind));

    [Fact]
    public void AskingNeedsAnExpert_AQuestion_AndAConsentNamingIt()
    {
        var errors = Assert.Throws<DomainValidationException>(() => CaseConsultation.Ask(Guid.NewGuid(), Guid.NewGuid(), Org(OrganisationKind.Kela), true, " ", Guid.NewGuid(), Now))
            .Errors.Select(e => e.Field + "=" + e.Code).ToList();
        Assert.Contains("toOrganisationId=consultation_not_expert", errors);
        Assert.Contains("question=required", errors);
        Assert.Equal("consultation_needs_consent", Assert.Throws<DomainRuleException>(() =>
            CaseConsultation.Ask(Guid.NewGuid(), Guid.NewGuid(), Org(OrganisationKind.SpecialExpertiseTeam), false, "Kysymys", Guid.NewGuid(), Now)).Code);
    }

    [Fact]
    public void TheConsultedOrganisation_AnswersOnce()
    {
        var centre = Org(OrganisationKind.SpecialExpertiseTeam);
        var consultation = CaseConsultation.Ask(Guid.NewGuid(), Guid.NewGuid(), centre, true, "Kysymys", Guid.NewGuid(), Now);
        Assert.True(consultation.IsOpen);
        Assert.Equal("consultation_other_organisation",
            Assert.Throws<DomainRuleException>(() => consultation.AnswerWith(Guid.NewGuid(), Guid.NewGuid(), "Vastaus", Now)).Code);
        consultation.AnswerWith(Guid.NewGuid(), centre.Id, "Vastaus", Now.AddDays(1));
        Assert.False(consultation.IsOpen);
        Assert.Equal("consultation_already_answered",
            Assert.Throws<DomainRuleException>(() => consultation.AnswerWith(Guid.NewGuid(), centre.Id, "Toinen", Now)).Code);
    }
}
