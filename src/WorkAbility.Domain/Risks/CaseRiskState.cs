using System.Linq.Expressions;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Risks;

/// <summary>
/// An active case's risks as last evaluated, kept so that worklists and managers' counts are
/// filtered, sorted and paged in the database instead of evaluating every case of a county on each
/// view. It is rewritten whenever something the radar reads about the case is saved, and again when
/// it is older than the recheck interval (rules that count days move with the clock). Pages still
/// show the findings evaluated at the moment for the rows they show.
/// </summary>
public sealed class CaseRiskState : IVersioned
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

    /// <summary>The case's stage: the coordinator's desk counts its caseload by stage from the states.</summary>
    public CaseStage Stage { get; private set; }

    /// <summary>Since when the case has been at its stage: the desk lists its stranded cases oldest first.</summary>
    public DateTimeOffset StageChangedAt { get; private set; }

    public Guid? CoordinatorId { get; private set; }

    public Guid? HandedOverToOrganisationId { get; private set; }

    /// <summary>Two writers of one state (a save and the round) cannot both apply their change to the tallies.</summary>
    public Guid Version { get; set; }

    public static CaseRiskState Of(Guid caseId, CaseStanding standing, IEnumerable<RiskCode> risks, DateOnly? earliestOpenDueOn, DateTimeOffset now)
    {
        var state = new CaseRiskState { SupportCaseId = caseId };
        state.Update(standing, risks, earliestOpenDueOn, now);
        return state;
    }

    /// <summary>Rewrites the state from a fresh evaluation; the holder follows the same rule as the worklist always has.</summary>
    public void Update(CaseStanding standing, IEnumerable<RiskCode> risks, DateOnly? earliestOpenDueOn, DateTimeOffset now)
    {
        ClientId = standing.ClientId;
        OrganisationId = standing.OrganisationId;
        HolderId = standing.HasTeam ? standing.CaseManagerId : standing.OwnerId;
        ProposedSuccessorId = standing.HasTeam && standing.ProposedSuccessorId != HolderId ? standing.ProposedSuccessorId : null;
        Stage = standing.Stage;
        StageChangedAt = standing.StageChangedAt;
        CoordinatorId = standing.CoordinatorId;
        HandedOverToOrganisationId = standing.HandedOverToOrganisationId;
        Risks = Bits(risks);
        RiskCount = System.Numerics.BitOperations.PopCount((uint)Risks);
        UrgentOn = earliestOpenDueOn ?? DateOnly.MaxValue;
        LastName = standing.LastName;
        FirstName = standing.FirstName;
        EvaluatedAt = now;
    }

    /// <summary>
    /// The tallies this state is counted in: its holder's and its proposed successor's worklist and the
    /// organisation's risk counts by risk combination, its coordinator's caseload by stage, and the desks
    /// of the organisations where it waits for a coordinator.
    /// </summary>
    public IReadOnlyList<TallyKey> Tallies()
    {
        var keys = new List<TallyKey>(6) { new(TallyKind.OrganisationRisks, OrganisationId, Risks) };
        if (HolderId is { } holder)
        {
            keys.Add(new(TallyKind.HolderRisks, holder, Risks));
        }
        if (ProposedSuccessorId is { } successor)
        {
            keys.Add(new(TallyKind.SuccessorRisks, successor, Risks));
        }
        if (CoordinatorId is { } coordinator)
        {
            keys.Add(new(TallyKind.CoordinatorStages, coordinator, (int)Stage));
        }
        else if (Stage == CaseStage.CoordinatorAssessment)
        {
            keys.Add(new(TallyKind.WaitingAtOrganisation, OrganisationId, 0));
            if (HandedOverToOrganisationId is { } to && to != OrganisationId)
            {
                keys.Add(new(TallyKind.WaitingAtOrganisation, to, 0));
            }
        }
        return keys;
    }

    public static int Bit(RiskCode code) => 1 << (int)code;

    public static int Bits(IEnumerable<RiskCode> codes) => codes.Aggregate(0, (bits, code) => bits | Bit(code));

    public bool Has(RiskCode code) => Includes(Risks, code);

    /// <summary>Whether a set of risk bits (a kept state's, or a counted combination's) includes the risk.</summary>
    public static bool Includes(int risks, RiskCode code) => (risks & Bit(code)) != 0;

    /// <summary>The states showing the risk, as an expression the database applies.</summary>
    public static Expression<Func<CaseRiskState, bool>> Showing(RiskCode code)
    {
        // The bit is a constant in the statement, not a parameter, so a partial index on one risk (the desk's stranded cases) applies.
        var state = Expression.Parameter(typeof(CaseRiskState), "s");
        var bits = Expression.And(Expression.Property(state, nameof(Risks)), Expression.Constant(Bit(code)));
        return Expression.Lambda<Func<CaseRiskState, bool>>(Expression.NotEqual(bits, Expression.Constant(0)), state);
    }

    /// <summary>
    /// The states the coordinator's desk lists as stranded (F33): the low-threshold case nobody follows up
    /// that no coordinator has taken on yet (once one has, it is in their caseload until a follow-up is agreed).
    /// </summary>
    public static Expression<Func<CaseRiskState, bool>> StrandedUnclaimed()
    {
        var stranded = Showing(RiskCode.LowThresholdWithoutOwnerOrFollowUp);
        var unclaimed = Expression.Equal(Expression.Property(stranded.Parameters[0], nameof(CoordinatorId)), Expression.Constant(null, typeof(Guid?)));
        return Expression.Lambda<Func<CaseRiskState, bool>>(Expression.AndAlso(stranded.Body, unclaimed), stranded.Parameters);
    }

    /// <summary>States older than the recheck interval, to be evaluated again before they are relied on (an expression the database applies).</summary>
    public static Expression<Func<CaseRiskState, bool>> StaleAt(DateTimeOffset now, TimeSpan recheck)
    {
        var before = now - recheck;
        return s => s.EvaluatedAt <= before;
    }
}
