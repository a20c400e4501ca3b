using WorkAbility.Domain.Access;

namespace WorkAbility.Domain.Tests.Access;

public class ChainingTheAccessLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static List<AccessLogEntry> Chain(int n)
    {
        var list = new List<AccessLogEntry>();
        var previous = AccessLogEntry.GenesisHash;
        for (int i = 1; i <= n; i++)
        {
            var e = AccessLogEntry.Chain(i, previous, T0.AddMinutes(i), "user" + i, Guid.NewGuid(), "Professional",
                Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", i % 3 != 0);
            list.Add(e);
            previous = e.Hash;
        }
        return list;
    }

    [Fact]
    public void IntactChain_IsValid()
    {
        var result = AccessLogVerifier.Verify(Chain(10));
        Assert.Equal(new AccessLogVerification(true, 10, null), result);
    }

    [Fact]
    public void EmptyLog_IsValid() => Assert.True(AccessLogVerifier.Verify([]).Valid);

    [Fact]
    public void RemovedEntry_IsFound_AtTheEntryAfterIt()
    {
        var chain = Chain(10);
        chain.RemoveAt(4);
        Assert.Equal(6, AccessLogVerifier.Verify(chain).FirstBadEntry);
    }

    [Fact]
    public void InsertedEntry_IsFound()
    {
        var chain = Chain(10);
        var forged = AccessLogEntry.Chain(5, chain[3].Hash, T0, "forger", null, null, null, AccessAction.Read, "client", "x", true);
        chain.Insert(4, forged);
        Assert.Equal(5, AccessLogVerifier.Verify(chain).FirstBadEntry); // the original 5 no longer follows
        Assert.False(AccessLogVerifier.Verify(chain).Valid);
    }

    [Fact]
    public void SwappedEntries_AreFound()
    {
        var chain = Chain(10);
        (chain[6], chain[7]) = (chain[7], chain[6]);
        Assert.Equal(8, AccessLogVerifier.Verify(chain).FirstBadEntry);
    }

    [Fact]
    public void HashIsCanonical_AndCoversEveryField()
    {
        var a = AccessLogEntry.Chain(1, AccessLogEntry.GenesisHash, T0, "u", null, null, null, AccessAction.Read, "client", "p", true);
        var b = AccessLogEntry.Chain(1, AccessLogEntry.GenesisHash, T0.ToOffset(TimeSpan.FromHours(2)), "u", null, null, null, AccessAction.Read, "client", "p", true);
        var c = AccessLogEntry.Chain(1, AccessLogEntry.GenesisHash, T0, "u", null, null, null, AccessAction.Read, "client", "p", false);
        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
        Assert.Equal(64, a.Hash.Length);
    }
}
