using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Risks;

/// <summary>
/// Where an active case stands for the lists that count it: whose worklist and whose desk it is on,
/// at which stage, and the client's name the lists sort by. Read with the radar's facts when a
/// <see cref="CaseRiskState"/> is written.
/// </summary>
public sealed record CaseStanding(Guid ClientId, Guid OrganisationId, string LastName, string FirstName)
{
    public CaseStage Stage { get; init; }

    public DateTimeOffset StageChangedAt { get; init; }

    /// <summary>The organisation a case was handed over to (its desk waits for the case too).</summary>
    public Guid? HandedOverToOrganisationId { get; init; }

    public Guid? CoordinatorId { get; init; }

    public bool HasTeam { get; init; }

    public Guid? CaseManagerId { get; init; }

    public Guid? ProposedSuccessorId { get; init; }

    /// <summary>The professional who owns a low-threshold case without a team (F33).</summary>
    public Guid? OwnerId { get; init; }
}
