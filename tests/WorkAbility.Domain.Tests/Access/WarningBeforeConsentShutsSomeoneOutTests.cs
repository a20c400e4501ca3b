using WorkAbility.Domain.Access;
using WorkAbility.Domain.Consents;

namespace WorkAbility.Domain.Tests.Access;

/// <summary>
/// The warnings before a consent change or a team choice shuts someone out (F11): asked of the access
/// policy itself, so what the page warns about is exactly what the door will then refuse.
/// </summary>
public class WarningBeforeConsentShutsSomeoneOutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.NewGuid();
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly Guid Sote = Guid.NewGuid();
    private static readonly Guid Employment = Guid.NewGuid();
    private static readonly Guid Youth = Guid.NewGuid();

    private static readonly ConsentReach.Member SoteNurse = new(Guid.NewGuid(), Sote);
    private static readonly ConsentReach.Member EmploymentCaseManager = new(Guid.NewGuid(), Employment);
    private static readonly ConsentReach.Member YouthWorker = new(Guid.NewGuid(), Youth);

    private static Consent ConsentNaming(params Guid[] organisations) =>
        Consent.Record(ClientId, organisations, DataCategory.All, "Työkyvyn tuki", new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1),
            ConsentGivenAs.SignedOnPaper, "A-1", Guid.NewGuid(), Now.AddDays(-28));

    private static ClientAccessFacts Facts(IEnumerable<Consent> consents, params ConsentReach.Member[] team)
    {
        var scope = ConsentClock.Scope(consents, Now);
        return new ClientAccessFacts(ClientId, Sote,
            [new CaseRelationships(Sote, null, team.Select(m => m.ProfessionalId).ToHashSet(), CaseId: CaseId)], scope.Keys.ToHashSet(), scope);
    }

    [Fact]
    public void A_candidate_from_an_organisation_the_consent_does_not_name_is_flagged_before_joining_and_the_holding_organisation_never_is()
    {
        var facts = Facts([ConsentNaming(Employment)]);

        var outside = ConsentReach.OutsideConsent(facts, CaseId, [SoteNurse, EmploymentCaseManager, YouthWorker]);

        Assert.Equal([YouthWorker], outside);
    }

    [Fact]
    public void Withdrawing_the_only_consent_naming_the_case_managers_organisation_shuts_them_out_and_no_one_of_the_holding_organisation()
    {
        var consent = ConsentNaming(Employment, Youth);
        var consents = new[] { consent };
        var facts = Facts(consents, SoteNurse, EmploymentCaseManager, YouthWorker);

        var lost = ConsentReach.LoseSight(facts, CaseId, [SoteNurse, EmploymentCaseManager, YouthWorker],
            ConsentReach.AfterWithdrawal(consents, consent.Id, Now));

        Assert.Equal([EmploymentCaseManager, YouthWorker], lost);
    }

    [Fact]
    public void Another_valid_consent_naming_the_same_organisation_keeps_its_people_in_sight()
    {
        var withdrawn = ConsentNaming(Employment);
        var remaining = ConsentNaming(Employment);
        var consents = new[] { withdrawn, remaining };
        var facts = Facts(consents, EmploymentCaseManager);

        Assert.Empty(ConsentReach.LoseSight(facts, CaseId, [EmploymentCaseManager], ConsentReach.AfterWithdrawal(consents, withdrawn.Id, Now)));
    }

    [Fact]
    public void Narrowing_out_one_organisation_shuts_out_only_that_organisations_people()
    {
        var consent = ConsentNaming(Employment, Youth);
        var consents = new[] { consent };
        var facts = Facts(consents, EmploymentCaseManager, YouthWorker);

        var lost = ConsentReach.LoseSight(facts, CaseId, [EmploymentCaseManager, YouthWorker], ConsentReach.AfterRemoving(consents, consent.Id, Youth, Now));

        Assert.Equal([YouthWorker], lost);
    }

    [Fact]
    public void Someone_who_already_sees_nothing_is_not_reported_as_losing_sight()
    {
        var consent = ConsentNaming(Employment);
        var consents = new[] { consent };
        var facts = Facts(consents, YouthWorker);

        Assert.Empty(ConsentReach.LoseSight(facts, CaseId, [YouthWorker], ConsentReach.AfterWithdrawal(consents, consent.Id, Now)));
    }
}
