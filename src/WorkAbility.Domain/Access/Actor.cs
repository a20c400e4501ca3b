using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Access;

/// <summary>Who is asking: the signed-in person as the access policy sees them.</summary>
public sealed record Actor(ActorKind Kind, string UserId, Guid? ProfessionalId = null, Guid? OrganisationId = null,
    StaffRole? Role = null, Guid? ClientId = null)
{
    public static Actor Anonymous { get; } = new(ActorKind.Anonymous, "anonymous");

    public static Actor Staff(Guid professionalId, Guid organisationId, StaffRole role) =>
        new(role switch
        {
            // A decision-maker sees aggregates only, like a manager; the role widens the scope to the county.
            StaffRole.Manager or StaffRole.DecisionMaker => ActorKind.Manager,
            StaffRole.Administrator => ActorKind.Administrator,
            _ => ActorKind.Professional,
        }, professionalId.ToString(), professionalId, organisationId, role);

    public static Actor OwnClient(Guid clientId) => new(ActorKind.Client, clientId.ToString(), ClientId: clientId);

    /// <summary>A person identified strongly whom the county does not know as a client: they may only ask for support (F40).</summary>
    public static Actor Resident(string userId) => new(ActorKind.Resident, userId);
}

public enum ActorKind
{
    Anonymous,
    Client,

    /// <summary>A person identified strongly who is not a client: no client data is theirs to read.</summary>
    Resident,
    Professional,
    Manager,
    Administrator,
}
