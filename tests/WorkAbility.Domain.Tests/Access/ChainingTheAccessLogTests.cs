using System.Security.Cryptography;
using System.Text;
using WorkAbility.Domain.Access;

namespace WorkAbility.Domain.Tests.Access;

public class ChainingTheAccessLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key1 = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Key2 = RandomNumberGenerator.GetBytes(32);

    private static byte[]? Keys(string id) => id switch { "k1" => Key1, "k2" => Key2, _ => null };

    private static AccessLogEntry Entry(long id, DateTimeOffset at, string user = "user", bool allowed = true) =>
        AccessLogEntry.Record(at, user, Guid.NewGuid(), "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", allowed).Placed(id);

    private static List<(AccessLogSeal Seal, AccessLogEntry Entry)> Chain(int n, string genesis = AccessLogSeal.Genesis, Func<long, string>? keyOf = null)
    {
        var list = new List<(AccessLogSeal, AccessLogEntry)>();
        var previous = genesis;
        for (int i = 1; i <= n; i++)
        {
            var e = Entry(100 + i, T0.AddMinutes(i).AddTicks(1234567), "user" + i, i % 3 != 0);
            var keyId = keyOf?.Invoke(i) ?? "k1";
            var seal = AccessLogSeal.Link(i, previous, keyId, Keys(keyId), e, T0);
            list.Add((seal, e));
            previous = seal.Mac;
        }
        return list;
    }

    private static AccessLogVerification Verify(IEnumerable<(AccessLogSeal Seal, AccessLogEntry? Entry)> chain, IEnumerable<LegacyAccessLogEntry>? legacy = null)
    {
        var verifier = new AccessLogVerifier(Keys);
        foreach (var l in legacy ?? [])
        {
            verifier.AddLegacy(l);
        }
        foreach (var (seal, entry) in chain)
        {
            verifier.Add(seal, entry);
        }
        return verifier.Result(pending: 0);
    }

    [Fact]
    public void IntactChain_IsValid_AndReportsItsHead()
    {
        var chain = Chain(10);
        var result = Verify(chain.Select(c => (c.Seal, (AccessLogEntry?)c.Entry)));
        Assert.True(result.Valid);
        Assert.Equal(10, result.Entries);
        Assert.Null(result.FirstBadEntry);
        Assert.Equal(10, result.HeadSequence);
        Assert.Equal(chain[^1].Seal.Mac, result.HeadMac);
        Assert.Equal([new AccessLogKeyUse("k1", 1, 10)], result.Keys);
    }

    [Fact]
    public void EmptyLog_IsValid() => Assert.True(Verify([]).Valid);

    [Fact]
    public void RemovedLink_IsNamed_ByItsMissingSequence()
    {
        var chain = Chain(10);
        chain.RemoveAt(4);
        var result = Verify(chain.Select(c => (c.Seal, (AccessLogEntry?)c.Entry)));
        Assert.Equal((5L, AccessLogProblem.SequenceGap), (result.FirstBadEntry!.Value, result.Problem!.Value));
    }

    [Fact]
    public void RemovedEntry_IsNamed_ByItsLink()
    {
        var chain = Chain(10).Select(c => (c.Seal, (AccessLogEntry?)c.Entry)).ToList();
        chain[4] = (chain[4].Seal, null);
        var result = Verify(chain);
        Assert.Equal((5L, AccessLogProblem.EntryMissing), (result.FirstBadEntry!.Value, result.Problem!.Value));
    }

    [Fact]
    public void ChangedEntry_IsNamed()
    {
        var chain = Chain(10);
        var original = chain[6].Entry;
        var changed = AccessLogEntry.Record(original.OccurredAt, original.UserId, original.OrganisationId, original.Role, original.ClientId,
            original.Action, original.Resource, original.Purpose, !original.Allowed).Placed(original.Id);
        var result = Verify(chain.Select((c, i) => (c.Seal, (AccessLogEntry?)(i == 6 ? changed : c.Entry))));
        Assert.Equal((7L, AccessLogProblem.MacMismatch), (result.FirstBadEntry!.Value, result.Problem!.Value));
    }

    [Fact]
    public void InsertedEntry_IsNamed_EvenWithAPlausibleLink()
    {
        var chain = Chain(10);
        // The forger knows the chain's shape but not the key: whatever MAC it writes is wrong.
        var forged = Entry(999, T0, "forger");
        var forgedSeal = AccessLogSeal.Link(5, chain[3].Seal.Mac, "k1", RandomNumberGenerator.GetBytes(32), forged, T0);
        var tampered = chain.Take(4).Select(c => (c.Seal, (AccessLogEntry?)c.Entry)).Append((forgedSeal, forged)).ToList();
        var result = Verify(tampered);
        Assert.Equal((5L, AccessLogProblem.MacMismatch), (result.FirstBadEntry!.Value, result.Problem!.Value));
    }

    [Fact]
    public void SwappedEntries_AreNamed_AtTheFirstOfThem()
    {
        var chain = Chain(10);
        var swapped = chain.Select(c => (c.Seal, (AccessLogEntry?)c.Entry)).ToList();
        (swapped[6], swapped[7]) = ((chain[6].Seal, chain[7].Entry), (chain[7].Seal, chain[6].Entry));
        Assert.Equal(7, Verify(swapped).FirstBadEntry);
    }

    [Fact]
    public void AChainRecomputedWithPlainSha256_IsCaught()
    {
        // Whoever can write the database but holds no key can only make hashes of their own.
        var chain = Chain(3);
        var entry = chain[1].Entry;
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', "v2", "2", chain[0].Seal.Mac, "k1", entry.Canonical()))));
        var recomputed = typeof(AccessLogSeal).GetProperty(nameof(AccessLogSeal.Mac))!;
        recomputed.SetValue(chain[1].Seal, plain);
        Assert.Equal(2, Verify(chain.Select(c => (c.Seal, (AccessLogEntry?)c.Entry))).FirstBadEntry);
    }

    [Fact]
    public void AnUnknownKey_IsNamed()
    {
        var chain = Chain(4, keyOf: i => i >= 3 ? "k2" : "k1");
        var verifier = new AccessLogVerifier(id => id == "k1" ? Key1 : null);
        foreach (var (seal, entry) in chain)
        {
            verifier.Add(seal, entry);
        }
        var result = verifier.Result(0);
        Assert.Equal((3L, AccessLogProblem.UnknownKey), (result.FirstBadEntry!.Value, result.Problem!.Value));
    }

    [Fact]
    public void KeyRotation_IsReported_AsTheStretchesEachKeySealed()
    {
        var result = Verify(Chain(6, keyOf: i => i >= 4 ? "k2" : "k1").Select(c => (c.Seal, (AccessLogEntry?)c.Entry)));
        Assert.True(result.Valid);
        Assert.Equal([new AccessLogKeyUse("k1", 1, 3), new AccessLogKeyUse("k2", 4, 6)], result.Keys);
    }

    [Fact]
    public void MacIsCanonical_TimeAtStoredPrecision_AndCoversEveryField()
    {
        var a = Entry(1, T0.AddTicks(9999));
        var sameInstantElsewhere = AccessLogEntry.Record(T0.ToOffset(TimeSpan.FromHours(2)), a.UserId, a.OrganisationId, a.Role, a.ClientId, a.Action, a.Resource, a.Purpose, a.Allowed).Placed(1);
        var denied = AccessLogEntry.Record(T0, a.UserId, a.OrganisationId, a.Role, a.ClientId, a.Action, a.Resource, a.Purpose, false).Placed(1);
        var mac = (AccessLogEntry e) => AccessLogSeal.ComputeMac(Key1, 1, AccessLogSeal.Genesis, "k1", e);
        Assert.Equal(T0, a.OccurredAt);
        Assert.Equal(mac(a), mac(sameInstantElsewhere));
        Assert.NotEqual(mac(a), mac(denied));
        Assert.NotEqual(mac(a), AccessLogSeal.ComputeMac(Key2, 1, AccessLogSeal.Genesis, "k1", a));
        Assert.NotEqual(mac(a), AccessLogSeal.ComputeMac(Key1, 2, AccessLogSeal.Genesis, "k1", a));
        Assert.Equal(64, mac(a).Length);
    }

    [Fact]
    public void ALegacySegment_WrittenWithFullPrecisionTimes_VerifiesFromTruncatedStoredTimes_AndTheChainContinuesFromItsHead()
    {
        // Written with 100 ns ticks, read back as PostgreSQL (µs) and SQLite (100 µs) keep them.
        var legacy = new List<LegacyAccessLogEntry>();
        var previous = LegacyAccessLogEntry.GenesisHash;
        for (int i = 1; i <= 6; i++)
        {
            var written = LegacyAccessLogEntry.Chain(i, previous, T0.AddTicks(1234567 * i), "u", null, "Professional", Guid.NewGuid(), AccessAction.Read, "client", "p", true);
            var truncation = i % 2 == 0 ? 10 : 1000;
            var storedTime = new DateTimeOffset(written.OccurredAt.UtcTicks - (written.OccurredAt.UtcTicks % truncation), TimeSpan.Zero);
            typeof(LegacyAccessLogEntry).GetProperty(nameof(LegacyAccessLogEntry.OccurredAt))!.SetValue(written, storedTime);
            legacy.Add(written);
            previous = written.Hash;
        }
        var chain = Chain(3, genesis: legacy[^1].Hash);

        var result = Verify(chain.Select(c => (c.Seal, (AccessLogEntry?)c.Entry)), legacy);

        Assert.True(result.Valid);
        Assert.Equal(9, result.Entries);
        Assert.Equal([AccessLogVerifier.LegacySegment, AccessLogVerifier.ChainSegment], result.Segments.Select(s => s.Name));
        Assert.All(result.Segments, s => Assert.True(s.Valid));

        // A chain that does not start from the legacy head is not the continuation of that log.
        var unanchored = Verify(Chain(3).Select(c => (c.Seal, (AccessLogEntry?)c.Entry)), legacy);
        Assert.Equal((AccessLogVerifier.ChainSegment, 1L, AccessLogProblem.BrokenLink), (unanchored.BadSegment!, unanchored.FirstBadEntry!.Value, unanchored.Problem!.Value));
    }

    [Fact]
    public void ATamperedLegacyEntry_IsNamed_InTheLegacySegment()
    {
        var legacy = new List<LegacyAccessLogEntry>();
        var previous = LegacyAccessLogEntry.GenesisHash;
        for (int i = 1; i <= 5; i++)
        {
            var e = LegacyAccessLogEntry.Chain(i, previous, T0.AddSeconds(i), "u", null, null, null, AccessAction.Read, "client", "p", true);
            legacy.Add(e);
            previous = e.Hash;
        }
        typeof(LegacyAccessLogEntry).GetProperty(nameof(LegacyAccessLogEntry.Purpose))!.SetValue(legacy[2], "changed");
        var result = Verify([], legacy);
        Assert.Equal((AccessLogVerifier.LegacySegment, 3L, AccessLogProblem.LegacyHashMismatch), (result.BadSegment!, result.FirstBadEntry!.Value, result.Problem!.Value));
    }
}
