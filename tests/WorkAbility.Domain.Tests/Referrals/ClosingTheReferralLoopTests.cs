using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Domain.Tests.Referrals;

/// <summary>F18: a referral moves only along its loop, and the client is not sent twice to the same service.</summary>
public class ClosingTheReferralLoopTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Service = Guid.NewGuid(), Provider = Guid.NewGuid(), Sender = Guid.NewGuid(), Coach = Guid.NewGuid();

    private static Referral Sent() => Referral.Send(Guid.NewGuid(), Guid.NewGuid(), Service, Provider, 2, "IPS-valmennus", [], Sender, Now);

    [Fact]
    public void AReferral_RunsFromSentToCompleted_WithAnEmploymentOutcome()
    {
        var r = Sent();
        Assert.Equal(ReferralStatus.Sent, r.Status);
        r.MoveTo(ReferralStatus.Received, Coach, Now.AddHours(1));
        r.MoveTo(ReferralStatus.Accepted, Coach, Now.AddDays(1));
        r.MoveTo(ReferralStatus.Started, Coach, Now.AddDays(7));
        Assert.True(r.IsOpen);
        r.MoveTo(ReferralStatus.Completed, Coach, Now.AddDays(90), Done with { EmploymentOutcome = EmploymentOutcome.PaidWorkWithWageSubsidy, HoursPerWeek = 25, Employer = "Demo Oy" });
        Assert.False(r.IsOpen);
        Assert.Equal((ReferralOutcomeCode.GotHelp, 12, DeliveryUnit.Visits, true), (r.OutcomeCode, r.DeliveredAmount, r.DeliveredUnit, r.GotHelp));
        Assert.Equal(Now.AddDays(1), r.AnsweredAt);
        Assert.Equal(EmploymentOutcome.PaidWorkWithWageSubsidy, r.EmploymentOutcome);
        Assert.Equal(25, r.HoursPerWeek);
        Assert.Equal(Coach, r.StatusChangedById);
    }

    public static TheoryData<ReferralStatus, ReferralStatus> Illegal => new()
    {
        { ReferralStatus.Sent, ReferralStatus.Accepted },
        { ReferralStatus.Sent, ReferralStatus.Completed },
        { ReferralStatus.Received, ReferralStatus.Started },
        { ReferralStatus.Accepted, ReferralStatus.Completed },
        { ReferralStatus.Declined, ReferralStatus.Accepted },
        { ReferralStatus.Completed, ReferralStatus.Started },
        { ReferralStatus.DidNotAttend, ReferralStatus.Started },
        { ReferralStatus.Withdrawn, ReferralStatus.Received },
        { ReferralStatus.Started, ReferralStatus.Withdrawn },
        { ReferralStatus.Started, ReferralStatus.Sent },
    };

    [Theory]
    [MemberData(nameof(Illegal))]
    public void IllegalMoves_AreRefused_AndChangeNothing(ReferralStatus from, ReferralStatus to)
    {
        var r = At(from);
        var ex = Assert.Throws<DomainRuleException>(() => r.MoveTo(to, Coach, Now.AddDays(100), Declining));
        Assert.Equal("referral_transition_not_allowed", ex.Code);
        Assert.Equal(from, r.Status);
    }

    [Fact]
    public void EveryStatus_HasOnlyTheMovesOfTheLoop()
    {
        var all = Enum.GetValues<ReferralStatus>();
        int legal = 0;
        foreach (var from in all)
        {
            foreach (var to in all)
            {
                legal += ReferralTransitions.CanMove(from, to) ? 1 : 0;
            }
        }
        Assert.Equal(10, legal);
        Assert.All(all.Where(s => !ReferralTransitions.IsOpen(s)), s => Assert.Empty(ReferralTransitions.NextFrom(s)));
    }

    [Fact]
    public void ADecline_NeedsItsCodedReason_AndOtherNeedsItsWords()
    {
        var r = At(ReferralStatus.Received);
        var ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Declined, Coach, Now, new ReferralMove { Reason = "ei tilaa" }));
        Assert.Equal(new FieldError("reasonCode", TextRules.Required), Assert.Single(ex.Errors));
        ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Declined, Coach, Now, new ReferralMove { ReasonCode = ReferralOutcomeCode.GotHelp }));
        Assert.Equal(new FieldError("reasonCode", "invalid_choice"), Assert.Single(ex.Errors));
        ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Declined, Coach, Now, new ReferralMove { ReasonCode = ReferralOutcomeCode.Other, Reason = " " }));
        Assert.Equal(new FieldError("reason", TextRules.Required), Assert.Single(ex.Errors));
        Assert.Equal(ReferralStatus.Received, r.Status);
        r.MoveTo(ReferralStatus.Declined, Coach, Now.AddHours(3), new ReferralMove { ReasonCode = ReferralOutcomeCode.NoCapacity, Reason = "Ei ryhmäpaikkoja tänä keväänä" });
        Assert.Equal((ReferralOutcomeCode.NoCapacity, "Ei ryhmäpaikkoja tänä keväänä", Now.AddHours(3)), (r.OutcomeCode, r.DeclineReason, r.AnsweredAt));
    }

    [Fact]
    public void ACompletion_SaysWhatWasDelivered_AndWhetherTheClientGotTheHelpSought()
    {
        var r = At(ReferralStatus.Started);
        var ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Completed, Coach, Now));
        Assert.Equal(["gotHelp", "deliveredAmount", "deliveredUnit"], ex.Errors.Select(e => e.Field));
        ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Completed, Coach, Now, Done with { DeliveredAmount = 0 }));
        Assert.Equal(new FieldError("deliveredAmount", "referral_delivered_range"), Assert.Single(ex.Errors));
        r.MoveTo(ReferralStatus.Completed, Coach, Now, Done with { GotHelp = false, DeliveredUnit = DeliveryUnit.Days });
        Assert.Equal((ReferralOutcomeCode.NoHelp, DeliveryUnit.Days), (r.OutcomeCode, r.DeliveredUnit));
    }

    [Theory]
    [InlineData(ReferralStatus.DidNotAttend, null, ReferralOutcomeCode.DidNotAttend)]
    [InlineData(ReferralStatus.Withdrawn, null, ReferralOutcomeCode.WithdrawnByTeam)]
    [InlineData(ReferralStatus.Withdrawn, ReferralOutcomeCode.SupportEnded, ReferralOutcomeCode.SupportEnded)]
    public void EveryOtherClosingStatus_CarriesItsCode(ReferralStatus to, ReferralOutcomeCode? given, ReferralOutcomeCode expected)
    {
        var r = At(ReferralStatus.Accepted);
        r.MoveTo(to, Coach, Now, new ReferralMove { ReasonCode = given });
        Assert.Equal(expected, r.OutcomeCode);
    }

    [Fact]
    public void AWithdrawal_TakesNoDeclineReason()
    {
        var r = At(ReferralStatus.Accepted);
        var ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Withdrawn, Coach, Now, new ReferralMove { ReasonCode = ReferralOutcomeCode.NoCapacity }));
        Assert.Equal("reasonCode", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void EveryClosedStatus_HasACode_AndEveryOpenOneNone()
    {
        Assert.All(Enum.GetValues<ReferralStatus>(), s => Assert.Equal(!ReferralTransitions.IsOpen(s), At(s).OutcomeCode is not null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(61)]
    public void PaidWork_NeedsItsHours(int? hours)
    {
        var r = At(ReferralStatus.Started);
        var ex = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Completed, Coach, Now, Done with { EmploymentOutcome = EmploymentOutcome.PaidWork, HoursPerWeek = hours }));
        Assert.Equal("referral_hours_range", Assert.Single(ex.Errors).Code);
        Assert.Equal(ReferralStatus.Started, r.Status);
    }

    [Fact]
    public void ASecondReferral_ToAServiceTheClientAlreadyHas_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Referral.Send(Guid.NewGuid(), Guid.NewGuid(), Service, Provider, 2, null, [Service], Sender, Now));
        Assert.Equal("referral_duplicate", ex.Code);
    }

    [Fact]
    public void TheProvider_MovesTheLoop_AndTheSendingTeamWithdraws()
    {
        var r = Sent();
        Assert.True(r.MayMove(ReferralStatus.Received, Provider, onSendingTeam: false));
        Assert.False(r.MayMove(ReferralStatus.Received, Guid.NewGuid(), onSendingTeam: true));
        Assert.True(r.MayMove(ReferralStatus.Withdrawn, Guid.NewGuid(), onSendingTeam: true));
        Assert.False(r.MayMove(ReferralStatus.Withdrawn, Provider, onSendingTeam: false));
    }

    [Theory]
    [InlineData(ReferralStatus.Sent, true)]
    [InlineData(ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.Started, false)]
    [InlineData(ReferralStatus.Completed, false)]
    public void EndingSupport_WithdrawsOnlyWhatHasNotStarted(ReferralStatus status, bool withdrawn) =>
        Assert.Equal(withdrawn, At(status).WithdrawnWhenSupportEnds);

    /// <summary>The inbox's query condition (constants, for its partial index) says open exactly when the rule does.</summary>
    [Fact]
    public void TheQueryConditionForOpen_AgreesWithTheRule_ForEveryStatus()
    {
        var open = ReferralTransitions.Open.Compile();
        Assert.All(Enum.GetValues<ReferralStatus>(), status => Assert.Equal(ReferralTransitions.IsOpen(status), open(At(status))));
    }

    private static readonly ReferralMove Declining = new() { ReasonCode = ReferralOutcomeCode.NotEligible };
    private static readonly ReferralMove Done = new() { GotHelp = true, DeliveredAmount = 12, DeliveredUnit = DeliveryUnit.Visits };

    private static Referral At(ReferralStatus status)
    {
        var r = Sent();
        var path = status switch
        {
            ReferralStatus.Sent => [],
            ReferralStatus.Received => [ReferralStatus.Received],
            ReferralStatus.Accepted => [ReferralStatus.Received, ReferralStatus.Accepted],
            ReferralStatus.Declined => [ReferralStatus.Received, ReferralStatus.Declined],
            ReferralStatus.Started => [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Started],
            ReferralStatus.Completed => [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Started, ReferralStatus.Completed],
            ReferralStatus.DidNotAttend => [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.DidNotAttend],
            _ => new[] { ReferralStatus.Withdrawn },
        };
        foreach (var step in path)
        {
            r.MoveTo(step, Coach, Now, step switch { ReferralStatus.Completed => Done, ReferralStatus.Declined => Declining, _ => null });
        }
        return r;
    }
}
