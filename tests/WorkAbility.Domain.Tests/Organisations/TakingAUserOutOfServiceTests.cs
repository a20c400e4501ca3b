using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Tests.Organisations;

/// <summary>No client is left without a responsible person: a user is taken out of service only once their clients are handed over.</summary>
public class TakingAUserOutOfServiceTests
{
    private static Professional Someone() =>
        Professional.Create(Guid.NewGuid(), "Hanna", "Hoitaja", "hanna.hoitaja", Profession.Nurse, StaffRole.Professional, DateTimeOffset.UnixEpoch);

    [Fact]
    public void AUserWithoutClients_IsTakenOutOfService_AndBroughtBack()
    {
        var user = Someone();

        user.Deactivate(activeCasesResponsibleFor: 0);
        Assert.False(user.Active);

        user.Reactivate();
        Assert.True(user.Active);
    }

    [Fact]
    public void AUserStillResponsibleForClients_StaysInService()
    {
        var user = Someone();

        var refused = Assert.Throws<DomainRuleException>(() => user.Deactivate(activeCasesResponsibleFor: 3));

        Assert.Equal("user_still_responsible_for_clients", refused.Code);
        Assert.True(user.Active);
    }
}
