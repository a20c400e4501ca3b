using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Domain.Tests.FollowUp;

/// <summary>F41 with seed 001: the continuity plan reaches every organisation still serving the client, and is acknowledged.</summary>
public class HandingOnContinuityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Holding = Guid.NewGuid(), Coaching = Guid.NewGuid(), Therapy = Guid.NewGuid();

    [Fact]
    public void EachServingOrganisation_IsToldOnce_ButNotTheOneHoldingTheCase()
    {
        var handoffs = ContinuityHandoff.For(Guid.NewGuid(), [Coaching, Holding, Therapy, Coaching], Holding, Now);
        Assert.Equal(new[] { Coaching, Therapy }.Order(), handoffs.Select(h => h.OrganisationId));
    }

    [Fact]
    public void OnlyTheOrganisationItWasSentTo_Acknowledges_AndTwiceIsTheSameFact()
    {
        var handoff = ContinuityHandoff.For(Guid.NewGuid(), [Coaching], Holding, Now).Single();
        Assert.Equal("continuity_not_yours", Assert.Throws<DomainRuleException>(() => handoff.Acknowledge(Guid.NewGuid(), Therapy, Now)).Code);
        var reader = Guid.NewGuid();
        handoff.Acknowledge(reader, Coaching, Now.AddDays(1));
        handoff.Acknowledge(Guid.NewGuid(), Coaching, Now.AddDays(2));
        Assert.Equal((Now.AddDays(1), reader), (handoff.AcknowledgedAt!.Value, handoff.AcknowledgedById!.Value));
    }

    [Fact]
    public void UnacknowledgedAfterSevenDays_IsOverdue()
    {
        var handoff = ContinuityHandoff.For(Guid.NewGuid(), [Coaching], Holding, Now).Single();
        Assert.False(handoff.IsOverdue(Now.AddDays(7)));
        Assert.True(handoff.IsOverdue(Now.AddDays(7).AddMinutes(1)));
        handoff.Acknowledge(Guid.NewGuid(), Coaching, Now.AddDays(8));
        Assert.False(handoff.IsOverdue(Now.AddDays(30)));
    }
}
