using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Teams;

/// <summary>
/// The work ability support team of one case (F10, F13): professionals invited according to the
/// client's situation, the client themselves and, if they wish, a close person. A team always has
/// exactly one case manager, who is one of its current members: it is named when the team is
/// formed and can only be replaced, never removed.
/// </summary>
public sealed class CaseTeam : IVersionedWithParts
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 200;

    private readonly List<TeamMembership> members = [];

    private CaseTeam() { }

    /// <summary>One team per case: the case's id is the team's id.</summary>
    public Guid SupportCaseId { get; private set; }
    public Guid CaseManagerId { get; private set; }
    public Guid FormedById { get; private set; }
    public DateTimeOffset FormedAt { get; private set; }

    /// <summary>What the client said about who should take part ("asiakasta kuullen").</summary>
    public string? ClientWishes { get; private set; }
    public string? CloseParticipantName { get; private set; }
    public string? CloseParticipantRelation { get; private set; }
    public ClientSituation Situation { get; private set; } = ClientSituation.None;
    public Guid Version { get; set; }

    /// <summary>
    /// A change made on the team as someone saw it (<paramref name="basedOnVersion"/>, the version the
    /// team API shows) is refused if the team has changed since — never merged, as a plan save is not.
    /// No version named: the caller takes the team as it is now.
    /// </summary>
    public void EnsureUnchangedSince(string? basedOnVersion)
    {
        if (basedOnVersion is not null && !string.Equals(basedOnVersion.Trim('"', ' '), Version.ToString("N"), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("team_changed_meanwhile");
        }
    }

    /// <summary>Since when the current case manager has held the case (F22: contact after a change matters).</summary>
    public DateTimeOffset CaseManagerSince { get; private set; }

    /// <summary>A warm handover in progress ("saattaen vaihtaen"): the proposed successor, the note and when.</summary>
    public Guid? ProposedSuccessorId { get; private set; }
    public Guid? HandoverProposedById { get; private set; }
    public DateTimeOffset? HandoverProposedAt { get; private set; }
    public string? HandoverNote { get; private set; }

    public IReadOnlyList<TeamMembership> Members => members;
    public IEnumerable<Guid> CurrentMemberIds => members.Where(m => m.IsCurrent).Select(m => m.ProfessionalId);
    public bool IsMember(Guid professionalId) => members.Any(m => m.IsCurrent && m.ProfessionalId == professionalId);

    /// <summary>
    /// Forms the team. <paramref name="caseManagerIds"/> are the members marked as case manager:
    /// exactly one is required — none and two are both refused. The forming coordinator joins too.
    /// </summary>
    public static CaseTeam Form(Guid supportCaseId, IReadOnlyCollection<Guid>? memberIds, IReadOnlyCollection<Guid>? caseManagerIds,
        ClientSituation situation, string? clientWishes, string? closeParticipantName, string? closeParticipantRelation,
        Guid formedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var ids = memberIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0)
        {
            errors.Add(new FieldError("members", "team_no_members"));
        }
        var managers = caseManagerIds?.Distinct().ToList() ?? [];
        if (managers.Count == 0)
        {
            errors.Add(new FieldError("caseManager", "team_needs_one_case_manager"));
        }
        else if (managers.Count > 1)
        {
            errors.Add(new FieldError("caseManager", "team_only_one_case_manager"));
        }
        else if (!ids.Contains(managers[0]))
        {
            errors.Add(new FieldError("caseManager", "case_manager_not_member"));
        }
        var wishes = TextRules.OptionalText(clientWishes, "clientWishes", TextMaxLength, errors);
        var closeName = TextRules.OptionalText(closeParticipantName, "closeParticipantName", NameMaxLength, errors);
        var closeRelation = TextRules.OptionalText(closeParticipantRelation, "closeParticipantRelation", NameMaxLength, errors);
        if (closeName is null && closeRelation is not null)
        {
            errors.Add(new FieldError("closeParticipantName", TextRules.Required));
        }
        TextRules.ThrowIfAny(errors);

        var team = new CaseTeam
        {
            SupportCaseId = supportCaseId,
            CaseManagerId = managers[0],
            CaseManagerSince = now,
            FormedById = formedById,
            FormedAt = now,
            ClientWishes = wishes,
            CloseParticipantName = closeName,
            CloseParticipantRelation = closeRelation,
            Situation = situation,
        };
        // The coordinator who assembles the team works in it too (seed 004: the coordinator convenes and advises).
        team.members.AddRange(ids.Append(formedById).Distinct().Select(id => TeamMembership.Join(supportCaseId, id, now)));
        return team;
    }

    /// <summary>The work ability coordinator assembles the team (seed 004: "Työkyvyn tuen tiimi").</summary>
    public static bool MayForm(StaffRole role) => role is StaffRole.Coordinator;

    /// <summary>Members come and go and the case manager changes by the coordinator's or the case manager's hand.</summary>
    public bool MayChange(Guid professionalId, StaffRole role) => role is StaffRole.Coordinator || CaseManagerId == professionalId;

    /// <summary>The plan is the team's: its members and the case's coordinator write it.</summary>
    public bool MayWritePlan(Guid professionalId, Guid? caseCoordinatorId) => IsMember(professionalId) || caseCoordinatorId == professionalId;

    public void AddMember(Guid professionalId, DateTimeOffset now)
    {
        if (IsMember(professionalId))
        {
            throw new DomainRuleException("team_already_member", "professionalId");
        }
        members.Add(TeamMembership.Join(SupportCaseId, professionalId, now));
    }

    /// <summary>A member leaves; the case manager cannot leave before another is named.</summary>
    public void RemoveMember(Guid professionalId, DateTimeOffset now)
    {
        if (professionalId == CaseManagerId)
        {
            throw new DomainRuleException("case_manager_cannot_leave", "professionalId");
        }
        var membership = members.FirstOrDefault(m => m.IsCurrent && m.ProfessionalId == professionalId)
            ?? throw new DomainRuleException("team_not_member", "professionalId");
        membership.Leave(now);
        if (ProposedSuccessorId == professionalId)
        {
            ClearHandover();
        }
    }

    /// <summary>Whether a handover proposal is waiting for the successor's answer (an expired one is not).</summary>
    public bool HasPendingHandover(DateTimeOffset now, TimeSpan validFor) =>
        ProposedSuccessorId is not null && IsPending(HandoverProposedAt, now, validFor);

    /// <summary>A proposal made at <paramref name="proposedAt"/> still waits for an answer at <paramref name="now"/>.</summary>
    public static bool IsPending(DateTimeOffset? proposedAt, DateTimeOffset now, TimeSpan validFor) =>
        proposedAt is { } at && now < at + validFor;

    /// <summary>
    /// Follow-up work on the case (contacts, reviews, referrals, ending) is the team's: its members
    /// and the case's coordinator; before a team exists, the coordinator and, on the low-threshold
    /// route, the professional who owns the case (F33).
    /// </summary>
    public static bool MayWorkOnCase(CaseTeam? team, Guid professionalId, Guid? caseCoordinatorId, Guid? caseOwnerId = null) =>
        team?.MayWritePlan(professionalId, caseCoordinatorId) ?? (caseCoordinatorId == professionalId || caseOwnerId == professionalId);

    /// <summary>The client returns (F23): a coordinator or the last case manager reopens the case.</summary>
    public static bool MayReopen(CaseTeam? team, Guid professionalId, StaffRole role) =>
        role is StaffRole.Coordinator || team?.CaseManagerId == professionalId;

    /// <summary>
    /// The case manager (or the coordinator) proposes a successor with a handover note (F22). Until
    /// the successor accepts, the current case manager stays responsible.
    /// </summary>
    public void ProposeHandover(Guid proposedById, StaffRole role, Guid? successorId, string? note, DateTimeOffset now, TimeSpan validFor)
    {
        if (!MayChange(proposedById, role))
        {
            throw new DomainRuleException("handover_not_allowed", "successorId");
        }
        if (HasPendingHandover(now, validFor))
        {
            throw new DomainRuleException("handover_pending", "successorId");
        }
        var errors = new List<FieldError>();
        if (successorId is not { } successor)
        {
            errors.Add(new FieldError("successorId", TextRules.Required));
        }
        else if (successor == CaseManagerId)
        {
            errors.Add(new FieldError("successorId", "handover_same_person"));
        }
        else if (!IsMember(successor))
        {
            errors.Add(new FieldError("successorId", "case_manager_not_member"));
        }
        var text = TextRules.RequiredText(note, "handoverNote", TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        ProposedSuccessorId = successorId;
        HandoverProposedById = proposedById;
        HandoverProposedAt = now;
        HandoverNote = text;
    }

    /// <summary>The proposed successor accepts: only now does the case manager change, in one step.</summary>
    public Guid AcceptHandover(Guid successorId, DateTimeOffset now, TimeSpan validFor)
    {
        if (!HasPendingHandover(now, validFor) || ProposedSuccessorId != successorId)
        {
            throw new DomainRuleException("handover_not_pending", "successorId");
        }
        if (!IsMember(successorId))
        {
            throw new DomainRuleException("case_manager_not_member", "successorId");
        }
        var previous = CaseManagerId;
        CaseManagerId = successorId;
        CaseManagerSince = now;
        ClearHandover();
        return previous;
    }

    /// <summary>The successor declines; the current case manager stays.</summary>
    public void RefuseHandover(Guid successorId, DateTimeOffset now, TimeSpan validFor)
    {
        if (!HasPendingHandover(now, validFor) || ProposedSuccessorId != successorId)
        {
            throw new DomainRuleException("handover_not_pending", "successorId");
        }
        ClearHandover();
    }

    /// <summary>
    /// An unanswered proposal lapses; the current case manager stays. Returns who must be told (the
    /// proposer, the proposed successor and the case manager, each once), or nobody when nothing lapsed.
    /// </summary>
    public IReadOnlyList<Guid> ExpireHandover(DateTimeOffset now, TimeSpan validFor)
    {
        if (ProposedSuccessorId is not { } successor || HasPendingHandover(now, validFor))
        {
            return [];
        }
        var told = new[] { HandoverProposedById, successor, CaseManagerId }.OfType<Guid>().Distinct().ToList();
        ClearHandover();
        return told;
    }

    private void ClearHandover()
    {
        ProposedSuccessorId = null;
        HandoverProposedById = null;
        HandoverProposedAt = null;
        HandoverNote = null;
    }
}

/// <summary>What the coordinator has flagged about the client's situation; it decides the key actors a team needs.</summary>
[Flags]
public enum ClientSituation
{
    None = 0,
    HealthProblems = 1,
    SocialWelfareNeeds = 2,
    KelaBenefitNeeds = 4,
    MentalHealthProblems = 8,
}
