using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Tests.Access;

/// <summary>The access policy as a table: actor × relationship × consent state → decision.</summary>
public class DecidingWhoSeesAClientTests
{
    private static readonly Guid Client = Guid.NewGuid();
    private static readonly Guid OtherClient = Guid.NewGuid();
    private static readonly Guid Sote = Guid.NewGuid();        // holds the case
    private static readonly Guid Employment = Guid.NewGuid();  // another organisation
    private static readonly Guid Kela = Guid.NewGuid();        // a third organisation

    private static readonly Guid SoteCoordinator = Guid.NewGuid();
    private static readonly Guid SoteColleague = Guid.NewGuid();
    private static readonly Guid EmploymentTeamMember = Guid.NewGuid();
    private static readonly Guid EmploymentOutsider = Guid.NewGuid();
    private static readonly Guid KelaCoordinator = Guid.NewGuid();
    private static readonly Guid SoteTeamMember = Guid.NewGuid();

    public enum Consent { None, NamesActorsOrganisation, NamesAnotherOrganisation }

    private static Actor ActorFor(string who) => who switch
    {
        "anonymous" => Actor.Anonymous,
        "the client" => Actor.OwnClient(Client),
        "another client" => Actor.OwnClient(OtherClient),
        "manager" => Actor.Staff(Guid.NewGuid(), Sote, StaffRole.Manager),
        "administrator" => Actor.Staff(Guid.NewGuid(), Sote, StaffRole.Administrator),
        "same-org colleague outside the case" => Actor.Staff(SoteColleague, Sote, StaffRole.Professional),
        "assigned coordinator, same org" => Actor.Staff(SoteCoordinator, Sote, StaffRole.Coordinator),
        "team member, same org" => Actor.Staff(SoteTeamMember, Sote, StaffRole.Professional),
        "team member, other org" => Actor.Staff(EmploymentTeamMember, Employment, StaffRole.Professional),
        "assigned coordinator, other org" => Actor.Staff(KelaCoordinator, Kela, StaffRole.Coordinator),
        "other-org professional, no relationship" => Actor.Staff(EmploymentOutsider, Employment, StaffRole.Professional),
        "unassigned coordinator, other org" => Actor.Staff(Guid.NewGuid(), Kela, StaffRole.Coordinator),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static ClientAccessFacts Facts(Actor actor, Consent consent, Guid coordinator)
    {
        var consented = consent switch
        {
            Consent.NamesActorsOrganisation when actor.OrganisationId is { } org => new HashSet<Guid> { org },
            Consent.NamesActorsOrganisation => new HashSet<Guid> { Employment, Kela },
            Consent.NamesAnotherOrganisation => new HashSet<Guid> { Guid.NewGuid() },
            _ => new HashSet<Guid>(),
        };
        var team = new HashSet<Guid> { SoteTeamMember, EmploymentTeamMember };
        return new ClientAccessFacts(Client, null, [new CaseRelationships(Sote, coordinator, team)], consented);
    }

    public static TheoryData<string, Consent, bool, string> Table()
    {
        var rows = new TheoryData<string, Consent, bool, string>();
        void Row(string who, bool none, bool own, bool another, string expectation)
        {
            rows.Add(who, Consent.None, none, expectation);
            rows.Add(who, Consent.NamesActorsOrganisation, own, expectation);
            rows.Add(who, Consent.NamesAnotherOrganisation, another, expectation);
        }
        //  actor                                       no consent  names their org  names another org
        Row("anonymous",                                false,      false,           false, nameof(DenialReason.NotSignedIn));
        Row("the client",                               true,       true,            true,  nameof(AccessBasis.OwnData));
        Row("another client",                           false,      false,           false, nameof(DenialReason.OtherClient));
        Row("manager",                                  false,      false,           false, nameof(DenialReason.AggregatesOnly));
        Row("administrator",                            false,      false,           false, nameof(DenialReason.NotClientDataRole));
        Row("same-org colleague outside the case",      true,       true,            true,  nameof(AccessBasis.IntakeOrganisation));
        Row("assigned coordinator, same org",           true,       true,            true,  nameof(AccessBasis.IntakeOrganisation));
        Row("team member, same org",                    true,       true,            true,  nameof(AccessBasis.IntakeOrganisation));
        Row("team member, other org",                   false,      true,            false, "TeamMember|NoValidConsent");
        Row("assigned coordinator, other org",          false,      true,            false, "AssignedCoordinator|NoValidConsent");
        Row("other-org professional, no relationship",  false,      false,           false, nameof(DenialReason.NoRelationship));
        Row("unassigned coordinator, other org",        false,      false,           false, nameof(DenialReason.NoRelationship));
        return rows;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Decision_FollowsTheTable(string who, Consent consent, bool allowed, string expectation)
    {
        var actor = ActorFor(who);
        var coordinator = who == "assigned coordinator, other org" ? KelaCoordinator : SoteCoordinator;
        var decision = AccessPolicy.Decide(actor, Facts(actor, consent, coordinator));

        Assert.Equal(allowed, decision.Allowed);
        var said = decision.Allowed ? decision.Basis.ToString() : decision.Reason.ToString();
        var expected = expectation.Split('|');
        Assert.Equal(decision.Allowed ? expected[0] : expected[^1], said);
    }

    [Fact]
    public void RegistrationAtTheActorsOrganisation_IsARelationship_EvenBeforeACaseExists()
    {
        var facts = new ClientAccessFacts(Client, Employment, [], new HashSet<Guid>());
        Assert.True(AccessPolicy.Decide(Actor.Staff(EmploymentOutsider, Employment, StaffRole.Professional), facts).Allowed);
        Assert.False(AccessPolicy.Decide(Actor.Staff(SoteColleague, Sote, StaffRole.Professional), facts).Allowed);
    }

    [Fact]
    public void AnyOneCase_GivingARelationship_IsEnough()
    {
        var facts = new ClientAccessFacts(Client, null,
            [new CaseRelationships(Kela, null, new HashSet<Guid>()), new CaseRelationships(Sote, null, new HashSet<Guid>())],
            new HashSet<Guid>());
        Assert.Equal(AccessBasis.IntakeOrganisation, AccessPolicy.Decide(Actor.Staff(SoteColleague, Sote, StaffRole.Professional), facts).Basis);
    }

    [Fact]
    public void StaffActorWithoutOrganisation_IsDenied()
    {
        var actor = new Actor(ActorKind.Professional, "x", ProfessionalId: Guid.NewGuid());
        Assert.False(AccessPolicy.Decide(actor, Facts(actor, Consent.None, SoteCoordinator)).Allowed);
    }
}
