using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Risks;

/// <summary>
/// A risk's suggested action is one the case allows: "follow-up overdue" suggests recording a follow-up contact, so
/// it fires at exactly the stages where the case takes one (the same rule, <see cref="SupportCase.FollowUpStarted"/>).
/// An open referral whose provider no consent names any more is a risk of its own, by the live path's consent rule.
/// </summary>
public class SuggestingOnlyWhatCanBeDoneTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Stages))]
    public void FollowUpOverdue_FiresOnlyWhereAFollowUpContactCanBeRecorded(CaseStage stage)
    {
        var facts = new RiskFacts { Stage = stage, OpenedAt = Now.AddDays(-500), EarliestOpenDueOn = new DateOnly(2025, 10, 1) };
        bool fires = RiskRadar.Evaluate(facts, new RiskThresholds(), Now).Any(f => f.Code == RiskCode.FollowUpOverdue);

        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(-500));
        bool accepted = Walk(supportCase, stage) && Accepts(supportCase);
        Assert.Equal(accepted, fires);
    }

    public static TheoryData<CaseStage> Stages => [.. Enum.GetValues<CaseStage>()];

    [Fact]
    public void AnOpenReferralOutsideConsent_IsARisk_UntilTheCaseEnds()
    {
        var facts = new RiskFacts { Stage = CaseStage.Services, OpenedAt = Now, OpenReferralsOutsideConsent = 1, HasValidConsent = true };
        Assert.Contains(RiskRadar.Evaluate(facts, new RiskThresholds(), Now), f => f.Code == RiskCode.ReferralOutsideConsent);
        Assert.DoesNotContain(RiskRadar.Evaluate(facts with { OpenReferralsOutsideConsent = 0 }, new RiskThresholds(), Now), f => f.Code == RiskCode.ReferralOutsideConsent);
        Assert.DoesNotContain(RiskRadar.Evaluate(facts with { Stage = CaseStage.Ended }, new RiskThresholds(), Now), f => f.Code == RiskCode.ReferralOutsideConsent);
    }

    [Fact]
    public void AReferral_GoesWithinTheHoldingOrganisation_OrToAProviderAValidConsentNames()
    {
        Guid holder = Guid.NewGuid(), provider = Guid.NewGuid();
        var none = new Dictionary<Guid, DataCategory>();
        Assert.True(ReferralConsent.Covers(holder, holder, none));
        Assert.False(ReferralConsent.Covers(provider, holder, none));
        Assert.False(ReferralConsent.Covers(provider, holder, new Dictionary<Guid, DataCategory> { [provider] = DataCategory.None }));
        Assert.True(ReferralConsent.Covers(provider, holder, new Dictionary<Guid, DataCategory> { [provider] = DataCategory.EmploymentData }));
    }

    /// <summary>Moves a case to <paramref name="stage"/> through its own rules; false where the stage is not reached that way here.</summary>
    private static bool Walk(SupportCase supportCase, CaseStage stage)
    {
        var by = Guid.NewGuid();
        var at = Now.AddDays(-400);
        foreach (var next in Enum.GetValues<CaseStage>().Where(s => s > CaseStage.Concern && s <= stage))
        {
            if (next is CaseStage.Ended)
            {
                supportCase.End(CaseOutcome.Employed, "Tuki päättyi.", by, at, null);
            }
            else
            {
                supportCase.Advance(next, by, at);
            }
            at = at.AddDays(1);
        }
        return supportCase.Stage == stage;
    }

    private static bool Accepts(SupportCase supportCase)
    {
        try
        {
            supportCase.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, Guid.NewGuid(), Now);
            return true;
        }
        catch (WorkAbility.Domain.Common.DomainRuleException)
        {
            return false;
        }
    }
}
