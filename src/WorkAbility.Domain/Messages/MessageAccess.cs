using WorkAbility.Domain.Access;

namespace WorkAbility.Domain.Messages;

/// <summary>
/// Who may read a client's messages (F40): the client their own; of professionals only those taking part in one of the
/// client's cases (its coordinator or a current team member), and then only as the access policy allows them the client
/// at all (across organisations, a valid consent). A colleague at the intake organisation, a referral's provider or an
/// expert consulted sees the client's other data as before, but not the conversation.
/// </summary>
public static class MessageAccess
{
    public static AccessDecision Decide(Actor actor, ClientAccessFacts facts)
    {
        var decision = AccessPolicy.Decide(actor, facts);
        if (!decision.Allowed || actor.Kind is not ActorKind.Professional)
        {
            return decision;
        }
        return CasesTakenPartIn(actor, facts).Count > 0 ? decision : AccessDecision.Deny(DenialReason.NotTakingPart);
    }

    /// <summary>The client's cases whose messages the actor reads: all of them for the client, those they take part in for a professional.</summary>
    public static IReadOnlyList<Guid> CasesTakenPartIn(Actor actor, ClientAccessFacts facts) => actor.Kind switch
    {
        ActorKind.Client when actor.ClientId == facts.ClientId => facts.Cases.Select(c => c.CaseId).ToList(),
        ActorKind.Professional when actor.ProfessionalId is { } me =>
            facts.Cases.Where(c => c.CoordinatorId == me || c.TeamMemberIds.Contains(me)).Select(c => c.CaseId).ToList(),
        _ => [],
    };
}
