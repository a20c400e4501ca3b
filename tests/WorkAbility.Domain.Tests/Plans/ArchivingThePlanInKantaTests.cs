using WorkAbility.Domain.Common;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.Tests.Plans;

/// <summary>The outbox row of one plan version on its way to Kanta: claimed, retried with growing waits, delivered once or given up.</summary>
public class ArchivingThePlanInKantaTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Policy = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10), 4);

    private static PlanDocumentDelivery Queued() =>
        PlanDocumentDelivery.Queue(new PlanVersion(Guid.NewGuid(), Guid.NewGuid(), 1,
            new PlanContent("Töihin", [new PlanGoal(Guid.NewGuid(), "Kunto")], [], null, null, null, null, null, null, []), Guid.NewGuid(), Now), Now);

    [Fact]
    public void AQueuedVersion_IsDueAtOnce_AndAClaimHidesItFromOtherWorkersForTheLease()
    {
        var delivery = Queued();
        Assert.True(delivery.IsDue(Now));
        delivery.Claim(Now, TimeSpan.FromMinutes(2));
        Assert.False(delivery.IsDue(Now.AddMinutes(1)));
        Assert.True(delivery.IsDue(Now.AddMinutes(2)));
        Assert.Throws<InvalidOperationException>(() => delivery.Claim(Now.AddMinutes(1), TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void Failures_WaitTwiceAsLongEachTime_UpToTheCeiling_ThenTheDeliveryIsGivenUp()
    {
        Assert.Equal([30, 60, 120, 240, 480, 600, 600], Enumerable.Range(1, 7).Select(a => Policy.WaitAfter(a).TotalSeconds).ToArray());
        var delivery = Queued();
        var at = Now;
        for (int attempt = 1; attempt < Policy.MaxAttempts; attempt++)
        {
            delivery.Claim(at, TimeSpan.FromMinutes(1));
            delivery.Failed(at, "503 Service Unavailable", Policy);
            Assert.Equal((DeliveryStatus.Pending, attempt, at + Policy.WaitAfter(attempt)), (delivery.Status, delivery.Attempts, delivery.NextAttemptAt));
            at = delivery.NextAttemptAt;
        }
        delivery.Claim(at, TimeSpan.FromMinutes(1));
        delivery.Failed(at, new string('x', 900), Policy);
        Assert.Equal(DeliveryStatus.GivenUp, delivery.Status);
        Assert.Equal(PlanDocumentDelivery.ErrorMaxLength, delivery.LastError!.Length);
        Assert.False(delivery.IsDue(at.AddDays(30)));
    }

    [Fact]
    public void AGivenUpDelivery_IsSentAgainByAnAdministrator_WithAFreshRound_AndOnlyThen()
    {
        var delivery = Queued();
        Assert.Equal("delivery_not_given_up", Assert.Throws<DomainRuleException>(() => delivery.SendAgain(Now)).Code);
        for (int i = 0; i < Policy.MaxAttempts; i++)
        {
            delivery.Failed(Now, "connection refused", Policy);
        }
        delivery.SendAgain(Now.AddDays(1));
        Assert.Equal((DeliveryStatus.Pending, 0), (delivery.Status, delivery.Attempts));
        Assert.True(delivery.IsDue(Now.AddDays(1)));
    }

    [Fact]
    public void TheDocument_IsKeptFromTheFirstAttempt_AndSuccessEndsTheRetries()
    {
        var delivery = Queued();
        delivery.KeepDocument("{\"first\":true}");
        delivery.KeepDocument("{\"second\":true}");
        Assert.Equal("{\"first\":true}", delivery.Document);
        delivery.Claim(Now, TimeSpan.FromMinutes(1));
        delivery.Failed(Now, "timeout", Policy);
        delivery.Succeeded(Now.AddMinutes(1));
        Assert.Equal((DeliveryStatus.Delivered, 2, (string?)null, (DateTimeOffset?)Now.AddMinutes(1)), (delivery.Status, delivery.Attempts, delivery.LastError, delivery.DeliveredAt));
        Assert.False(delivery.IsDue(Now.AddDays(1)));
    }
}
