namespace WorkAbility.Domain.Access;

/// <summary>
/// Who may read or write a client's data (F30). A client sees their own data. A professional
/// needs a relationship — registration or a case at their own organisation, assignment as the
/// case's coordinator, membership of its team, or working at an organisation the case was sent to
/// (an open referral, an occupational health handover, an open consultation about the client) — and when their organisation is not the one
/// holding that case's data, a valid consent naming their organisation. Managers see aggregates
/// only and administrators manage the system, so neither sees a client.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(Actor actor, ClientAccessFacts facts) => actor.Kind switch
    {
        ActorKind.Anonymous => AccessDecision.Deny(DenialReason.NotSignedIn),
        ActorKind.Client => actor.ClientId == facts.ClientId
            ? AccessDecision.Allow(AccessBasis.OwnData)
            : AccessDecision.Deny(DenialReason.OtherClient),
        ActorKind.Manager => AccessDecision.Deny(DenialReason.AggregatesOnly),
        ActorKind.Administrator => AccessDecision.Deny(DenialReason.NotClientDataRole),
        ActorKind.Professional => DecideForProfessional(actor, facts),
        _ => AccessDecision.Deny(DenialReason.NotSignedIn),
    };

    private static AccessDecision DecideForProfessional(Actor actor, ClientAccessFacts facts)
    {
        if (actor.ProfessionalId is not { } me || actor.OrganisationId is not { } myOrganisation)
        {
            return AccessDecision.Deny(DenialReason.NotSignedIn);
        }
        if (facts.RegisteredAtOrganisationId == myOrganisation)
        {
            return AccessDecision.Allow(AccessBasis.IntakeOrganisation);
        }

        bool relatedButNoConsent = false;
        foreach (var supportCase in facts.Cases)
        {
            AccessBasis? basis =
                supportCase.HoldingOrganisationId == myOrganisation ? AccessBasis.IntakeOrganisation :
                supportCase.CoordinatorId == me ? AccessBasis.AssignedCoordinator :
                supportCase.TeamMemberIds.Contains(me) ? AccessBasis.TeamMember :
                supportCase.ServingOrganisations.Contains(myOrganisation) ? AccessBasis.ServingOrganisation :
                null;
            if (basis is null)
            {
                continue;
            }
            if (supportCase.HoldingOrganisationId == myOrganisation)
            {
                return AccessDecision.Allow(basis.Value);
            }
            if (facts.OrganisationsWithValidConsent.Contains(myOrganisation))
            {
                return AccessDecision.Allow(basis.Value, facts.CategoriesFor(myOrganisation));
            }
            relatedButNoConsent = true;
        }
        return AccessDecision.Deny(relatedButNoConsent ? DenialReason.NoValidConsent : DenialReason.NoRelationship);
    }
}
