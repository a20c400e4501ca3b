namespace WorkAbility.Domain.Access;

public sealed record AccessLogVerification(bool Valid, long Entries, long? FirstBadEntry);

/// <summary>Walks the access log in sequence order and names the first entry where the chain breaks.</summary>
public sealed class AccessLogVerifier
{
    private string expectedPrevious = AccessLogEntry.GenesisHash;
    private long expectedSequence = 1;
    private long count;
    private long? firstBad;

    public void Add(AccessLogEntry entry)
    {
        count++;
        if (firstBad is not null)
        {
            return;
        }
        if (entry.Sequence != expectedSequence || entry.PreviousHash != expectedPrevious || entry.Hash != entry.ComputeHash())
        {
            firstBad = entry.Sequence;
            return;
        }
        expectedPrevious = entry.Hash;
        expectedSequence = entry.Sequence + 1;
    }

    public AccessLogVerification Result => new(firstBad is null, count, firstBad);

    public static AccessLogVerification Verify(IEnumerable<AccessLogEntry> entriesInOrder)
    {
        var verifier = new AccessLogVerifier();
        foreach (var e in entriesInOrder)
        {
            verifier.Add(e);
        }
        return verifier.Result;
    }
}
