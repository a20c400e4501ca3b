namespace WorkAbility.Domain.Risks;

/// <summary>
/// An active case's risks as last evaluated, kept so that worklists and managers' counts are
/// filtered, sorted and paged in the database instead of evaluating every case of a county on each
/// view. It is rewritten whenever something the radar reads about the case is saved, and again when
/// it is older than the recheck interval (rules that count days move with the clock). Pages still
/// show the findings evaluated at the moment for the rows they show.
/// </summary>
public sealed class CaseRiskState
{
    private CaseRiskState() { }

    public Guid SupportCaseId { get; private set; }

    public Guid ClientId { get; private set; }

    /// <summary>The organisation holding the case (where it was opened): managers' counts are per organisation.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Whose "Omat asiakkaat" the case is on: the team's case manager, or the owner of a low-threshold case without a team (F33).</summary>
    public Guid? HolderId { get; private set; }

    /// <summary>A case manager proposed to take the case over sees it too (F20, "saattaen vaihtaen").</summary>
    public Guid? ProposedSuccessorId { get; private set; }

    /// <summary>The risks found, one bit per <see cref="RiskCode"/>.</summary>
    public int Risks { get; private set; }

    public int RiskCount { get; private set; }

    /// <summary>The earliest open follow-up date, or <see cref="DateOnly.MaxValue"/> when none: the worklist's first sort key.</summary>
    public DateOnly UrgentOn { get; private set; }

    public string LastName { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public DateTimeOffset EvaluatedAt { get; private set; }

    public static CaseRiskState Of(Guid caseId, Guid clientId, Guid organisationId, bool hasTeam, Guid? caseManagerId, Guid? proposedSuccessorId,
        Guid? ownerId, IEnumerable<RiskCode> risks, DateOnly? earliestOpenDueOn, string lastName, string firstName, DateTimeOffset now)
    {
        var state = new CaseRiskState { SupportCaseId = caseId };
        state.Update(clientId, organisationId, hasTeam, caseManagerId, proposedSuccessorId, ownerId, risks, earliestOpenDueOn, lastName, firstName, now);
        return state;
    }

    /// <summary>Rewrites the state from a fresh evaluation; the holder follows the same rule as the worklist always has.</summary>
    public void Update(Guid clientId, Guid organisationId, bool hasTeam, Guid? caseManagerId, Guid? proposedSuccessorId, Guid? ownerId,
        IEnumerable<RiskCode> risks, DateOnly? earliestOpenDueOn, string lastName, string firstName, DateTimeOffset now)
    {
        ClientId = clientId;
        OrganisationId = organisationId;
        HolderId = hasTeam ? caseManagerId : ownerId;
        ProposedSuccessorId = hasTeam ? proposedSuccessorId : null;
        Risks = Bits(risks);
        RiskCount = System.Numerics.BitOperations.PopCount((uint)Risks);
        UrgentOn = earliestOpenDueOn ?? DateOnly.MaxValue;
        LastName = lastName;
        FirstName = firstName;
        EvaluatedAt = now;
    }

    public static int Bit(RiskCode code) => 1 << (int)code;

    public static int Bits(IEnumerable<RiskCode> codes) => codes.Aggregate(0, (bits, code) => bits | Bit(code));

    public bool Has(RiskCode code) => Includes(Risks, code);

    /// <summary>Whether a set of risk bits (a kept state's, or a counted combination's) includes the risk.</summary>
    public static bool Includes(int risks, RiskCode code) => (risks & Bit(code)) != 0;

    /// <summary>The states showing the risk, as an expression the database applies.</summary>
    public static System.Linq.Expressions.Expression<Func<CaseRiskState, bool>> Showing(RiskCode code)
    {
        int bit = Bit(code);
        return s => (s.Risks & bit) != 0;
    }

    /// <summary>States older than the recheck interval, to be evaluated again before they are relied on (an expression the database applies).</summary>
    public static System.Linq.Expressions.Expression<Func<CaseRiskState, bool>> StaleAt(DateTimeOffset now, TimeSpan recheck)
    {
        var before = now - recheck;
        return s => s.EvaluatedAt <= before;
    }
}
