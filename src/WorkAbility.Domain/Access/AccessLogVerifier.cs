namespace WorkAbility.Domain.Access;

/// <summary>Why the verifier stopped trusting the chain at <see cref="AccessLogVerification.FirstBadEntry"/>.</summary>
public enum AccessLogProblem
{
    /// <summary>A sequence number is missing: a link was removed or the links renumbered.</summary>
    SequenceGap,

    /// <summary>The link names an entry that is no longer there.</summary>
    EntryMissing,

    /// <summary>The link was made with a key this installation does not hold.</summary>
    UnknownKey,

    /// <summary>The link does not point back to the link before it.</summary>
    BrokenLink,

    /// <summary>The entry or its link was changed: the MAC does not match.</summary>
    MacMismatch,

    /// <summary>A legacy (pre-keyed) entry's SHA-256 chain does not match.</summary>
    LegacyHashMismatch,
}

/// <summary>One stretch of the log verified under one scheme.</summary>
public sealed record AccessLogSegment(string Name, string Algorithm, long Entries, long? FirstSequence, long? LastSequence,
    bool Valid, long? FirstBadEntry, AccessLogProblem? Problem);

/// <summary>Which key sealed which stretch of the chain (key rotation is recorded as an entry).</summary>
public sealed record AccessLogKeyUse(string KeyId, long FromSequence, long ToSequence);

/// <summary>
/// The verification of the whole log: valid when every segment is; <see cref="FirstBadEntry"/> is the
/// sequence of the first entry the chain no longer vouches for (in the segment named by
/// <see cref="BadSegment"/>); <see cref="Pending"/> entries are written but not yet sealed.
/// <see cref="HeadMac"/> can be kept outside the database to notice a chain cut short at its end.
/// </summary>
public sealed record AccessLogVerification(bool Valid, long Entries, long? FirstBadEntry, string? BadSegment, AccessLogProblem? Problem,
    long Pending, long? HeadSequence, string? HeadMac, IReadOnlyList<AccessLogSegment> Segments, IReadOnlyList<AccessLogKeyUse> Keys);

/// <summary>
/// Walks the log in sequence order — first the legacy SHA-256 segment of earlier versions, if any,
/// then the keyed chain, whose first link points back to the legacy head — and names exactly the
/// first entry where it breaks. Streaming: one pass, constant memory.
/// </summary>
public sealed class AccessLogVerifier(Func<string, byte[]?> keyFor)
{
    public const string LegacySegment = "legacy";
    public const string ChainSegment = "chain";

    private readonly SegmentWalk legacy = new(LegacySegment, "SHA-256", AccessLogSeal.Genesis);
    private SegmentWalk? chain;
    private readonly List<AccessLogKeyUse> keys = [];

    public void AddLegacy(LegacyAccessLogEntry entry)
    {
        if (chain is not null)
        {
            throw new InvalidOperationException("The legacy segment comes before the chain.");
        }
        legacy.Check(entry.Sequence, () =>
            entry.PreviousHash != legacy.ExpectedPrevious ? AccessLogProblem.BrokenLink
            : !entry.Verifies() ? AccessLogProblem.LegacyHashMismatch
            : null, entry.Hash);
    }

    public void Add(AccessLogSeal seal, AccessLogEntry? entry)
    {
        // The chain's first link points back to the legacy head, binding the two segments.
        chain ??= new SegmentWalk(ChainSegment, "HMAC-SHA-256", legacy.LastMac);
        chain.Check(seal.Sequence, () =>
        {
            if (entry is null || entry.Id != seal.EntryId)
            {
                return AccessLogProblem.EntryMissing;
            }
            if (seal.PreviousMac != chain.ExpectedPrevious)
            {
                return AccessLogProblem.BrokenLink;
            }
            var key = keyFor(seal.KeyId);
            if (key is null)
            {
                return AccessLogProblem.UnknownKey;
            }
            return AccessLogSeal.ComputeMac(key, seal.Sequence, seal.PreviousMac, seal.KeyId, entry) == seal.Mac ? null : AccessLogProblem.MacMismatch;
        }, seal.Mac);
        if (keys.Count > 0 && keys[^1].KeyId == seal.KeyId)
        {
            keys[^1] = keys[^1] with { ToSequence = seal.Sequence };
        }
        else
        {
            keys.Add(new AccessLogKeyUse(seal.KeyId, seal.Sequence, seal.Sequence));
        }
    }

    public AccessLogVerification Result(long pending)
    {
        var segments = new List<AccessLogSegment>();
        if (legacy.Entries > 0)
        {
            segments.Add(legacy.Report());
        }
        var current = chain ?? new SegmentWalk(ChainSegment, "HMAC-SHA-256", legacy.LastMac);
        segments.Add(current.Report());
        var bad = segments.FirstOrDefault(s => !s.Valid);
        return new AccessLogVerification(bad is null, segments.Sum(s => s.Entries), bad?.FirstBadEntry, bad?.Name, bad?.Problem,
            pending, current.LastSequence, current.Entries > 0 ? current.LastMac : null, segments, keys);
    }

    private sealed class SegmentWalk(string name, string algorithm, string genesis)
    {
        private long expectedSequence = 1;
        private long? firstSequence;
        private long? firstBad;
        private AccessLogProblem? problem;

        public string ExpectedPrevious { get; private set; } = genesis;

        /// <summary>The last MAC seen, verified or not: what the next segment was anchored to.</summary>
        public string LastMac { get; private set; } = genesis;
        public long Entries { get; private set; }
        public long? LastSequence { get; private set; }

        public void Check(long sequence, Func<AccessLogProblem?> check, string mac)
        {
            Entries++;
            firstSequence ??= sequence;
            LastSequence = sequence;
            LastMac = mac;
            if (firstBad is not null)
            {
                return;
            }
            if (sequence != expectedSequence)
            {
                // A missing number names the missing entry; a number out of place names itself.
                firstBad = sequence > expectedSequence ? expectedSequence : sequence;
                problem = AccessLogProblem.SequenceGap;
                return;
            }
            problem = check();
            if (problem is not null)
            {
                firstBad = sequence;
                return;
            }
            ExpectedPrevious = mac;
            expectedSequence = sequence + 1;
        }

        public AccessLogSegment Report() =>
            new(name, algorithm, Entries, firstSequence, LastSequence, firstBad is null, firstBad, problem);
    }
}
