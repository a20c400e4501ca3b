using WorkAbility.Domain.Common;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.Teams;

/// <summary>A leaving professional's cases go to named colleagues, shared so that their caseloads end as even as can be.</summary>
public class HandingOverACaseloadTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), Leaving = Guid.NewGuid();

    [Fact]
    public void TheCases_GoFirstToTheLeastLoaded_ThenInTurn()
    {
        var cases = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        var shares = CaseloadHandover.Distribute(cases, [(A, 10), (B, 7), (C, 12)]);
        Assert.Equal(cases, shares.Select(s => s.CaseId));
        var after = shares.GroupBy(s => s.SuccessorId).ToDictionary(g => g.Key, g => g.Count());
        // B catches up with A first; then A and B share until they reach C's twelve.
        Assert.Equal(12, 10 + after.GetValueOrDefault(A));
        Assert.Equal(12, 7 + after.GetValueOrDefault(B));
        Assert.Equal(0, after.GetValueOrDefault(C));
        Assert.Equal(B, shares[0].SuccessorId);
    }

    [Fact]
    public void NoColleague_IsNoShare() => Assert.Empty(CaseloadHandover.Distribute([Guid.NewGuid()], []));

    [Fact]
    public void Successors_AreNamed_AtMostTen_AndNeverTheOneWhoLeaves()
    {
        Assert.Equal("successorIds", Assert.Throws<DomainValidationException>(() => CaseloadHandover.Successors([], Leaving)).Errors.Single().Field);
        Assert.Equal("handover_same_person", Assert.Throws<DomainValidationException>(() => CaseloadHandover.Successors([A, Leaving], Leaving)).Errors.Single().Code);
        Assert.Equal("too_many", Assert.Throws<DomainValidationException>(() =>
            CaseloadHandover.Successors(Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList(), Leaving)).Errors.Single().Code);
        Assert.Equal([A, B], CaseloadHandover.Successors([A, B, A], Leaving));
    }
}
