using WorkAbility.Domain.Consents;

namespace WorkAbility.Domain.Access;

/// <summary>
/// Whose sight of a client a consent decides, asked before the change rather than found out after
/// it (F11, F30): a team member from another organisation sees the client only while a valid consent
/// names their organisation, so choosing them into a team without one, or withdrawing or narrowing
/// the consent that names them, shuts them out. The answers come from <see cref="AccessPolicy"/>
/// itself, so the warning and the door can never disagree.
/// </summary>
public static class ConsentReach
{
    /// <summary>A person on (or about to join) the team of the case.</summary>
    public sealed record Member(Guid ProfessionalId, Guid OrganisationId);

    /// <summary>Whether <paramref name="member"/>, as a member of case <paramref name="caseId"/>'s team, would see the client under <paramref name="facts"/>.</summary>
    public static bool WouldSee(ClientAccessFacts facts, Guid caseId, Member member)
    {
        var asMember = facts with
        {
            Cases = facts.Cases.Select(c => c.CaseId == caseId
                ? c with { TeamMemberIds = c.TeamMemberIds.Append(member.ProfessionalId).ToHashSet() }
                : c).ToList(),
        };
        return Sees(asMember, member);
    }

    private static bool Sees(ClientAccessFacts facts, Member member) =>
        AccessPolicy.Decide(Actor.Staff(member.ProfessionalId, member.OrganisationId, Organisations.StaffRole.Professional), facts).Allowed;

    /// <summary>The members who would not see the client once on the team: the warning before a team is formed or a member added.</summary>
    public static IReadOnlyList<Member> OutsideConsent(ClientAccessFacts facts, Guid caseId, IEnumerable<Member> members) =>
        members.Where(m => !WouldSee(facts, caseId, m)).ToList();

    /// <summary>
    /// The members who see the client today and would not once the client's consents read
    /// <paramref name="consentsAfter"/>: the warning before a withdrawal or a narrowing.
    /// </summary>
    public static IReadOnlyList<Member> LoseSight(ClientAccessFacts facts, Guid caseId, IEnumerable<Member> members,
        IEnumerable<ConsentTerms> consentsAfter)
    {
        var scope = new Dictionary<Guid, DataCategory>();
        foreach (var terms in consentsAfter.Where(t => t.InForce))
        {
            foreach (var org in terms.OrganisationIds)
            {
                scope[org] = scope.GetValueOrDefault(org) | terms.Categories;
            }
        }
        var after = facts with { OrganisationsWithValidConsent = scope.Keys.ToHashSet(), ConsentedCategories = scope };
        return members.Where(m => Sees(facts, m) && !Sees(after, m)).ToList();
    }

    /// <summary>What one consent would say after a change: which organisations, which data, whether it is in force.</summary>
    public sealed record ConsentTerms(IReadOnlyCollection<Guid> OrganisationIds, DataCategory Categories, bool InForce)
    {
        public static ConsentTerms Of(Consent consent, DateTimeOffset now) => new(consent.OrganisationIds, consent.Categories, consent.IsValidAt(now));
    }

    /// <summary>The client's consents as they would read if <paramref name="consentId"/> were withdrawn.</summary>
    public static IEnumerable<ConsentTerms> AfterWithdrawal(IEnumerable<Consent> consents, Guid consentId, DateTimeOffset now) =>
        consents.Where(c => c.Id != consentId).Select(c => ConsentTerms.Of(c, now));

    /// <summary>The client's consents as they would read if <paramref name="consentId"/> no longer named <paramref name="organisationId"/>.</summary>
    public static IEnumerable<ConsentTerms> AfterRemoving(IEnumerable<Consent> consents, Guid consentId, Guid organisationId, DateTimeOffset now) =>
        consents.Select(c => c.Id == consentId
            ? ConsentTerms.Of(c, now) with { OrganisationIds = c.OrganisationIds.Where(o => o != organisationId).ToList() }
            : ConsentTerms.Of(c, now));
}
