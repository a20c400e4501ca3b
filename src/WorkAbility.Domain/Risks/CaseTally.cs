namespace WorkAbility.Domain.Risks;

/// <summary>What a tally counts active cases by.</summary>
public enum TallyKind
{
    /// <summary>A holder's "Omat asiakkaat" by risk combination.</summary>
    HolderRisks = 1,

    /// <summary>Cases proposed to a case manager as successor, by risk combination.</summary>
    SuccessorRisks = 2,

    /// <summary>An organisation's active cases by risk combination (managers' counts).</summary>
    OrganisationRisks = 3,

    /// <summary>A coordinator's caseload by stage.</summary>
    CoordinatorStages = 4,

    /// <summary>Cases waiting for a coordinator at an organisation.</summary>
    WaitingAtOrganisation = 5,
}

/// <summary>One counted group: the kind, whose (a professional or an organisation) and the value counted by (risk bits or a stage).</summary>
public readonly record struct TallyKey(TallyKind Kind, Guid ScopeId, int Key);

/// <summary>
/// How many active cases fall in one group, kept with the risk states: every write of a state
/// moves its case from the groups it was counted in to those it is counted in now, in the same
/// transaction, so a desk or a worklist reads its counts as a handful of rows however large the
/// caseload (ADR 0010).
/// </summary>
public sealed class CaseTally
{
    private CaseTally() { }

    public CaseTally(TallyKey key, int count)
    {
        Kind = key.Kind;
        ScopeId = key.ScopeId;
        Key = key.Key;
        Count = count;
    }

    public TallyKind Kind { get; private set; }

    public Guid ScopeId { get; private set; }

    public int Key { get; private set; }

    public int Count { get; private set; }

    /// <summary>
    /// The net change to each tally when states move from what they were counted in
    /// (<c>Before</c>; nothing for a new state) to what they are counted in now (<c>After</c>; nothing for a removed one).
    /// </summary>
    public static IReadOnlyList<(TallyKey Key, int Change)> Changes(IEnumerable<(IReadOnlyList<TallyKey> Before, IReadOnlyList<TallyKey> After)> moves)
    {
        var changes = new TallyChanges();
        foreach (var (before, after) in moves)
        {
            changes.Move(before, after);
        }
        return changes.Net();
    }
}

/// <summary>Accumulates moves of states between tallies; also counts every tally from scratch (every state moved in from nothing).</summary>
public sealed class TallyChanges
{
    private readonly Dictionary<TallyKey, int> net = [];

    public void Move(IReadOnlyList<TallyKey> before, IReadOnlyList<TallyKey> after)
    {
        foreach (var key in before)
        {
            net[key] = net.GetValueOrDefault(key) - 1;
        }
        foreach (var key in after)
        {
            net[key] = net.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>
    /// Groups whose count changes, in a fixed order, so that writers lock shared tallies in the same order.
    /// </summary>
    public IReadOnlyList<(TallyKey Key, int Change)> Net() =>
        net.Where(n => n.Value != 0).OrderBy(n => n.Key.Kind).ThenBy(n => n.Key.ScopeId).ThenBy(n => n.Key.Key)
            .Select(n => (n.Key, n.Value)).ToList();
}
