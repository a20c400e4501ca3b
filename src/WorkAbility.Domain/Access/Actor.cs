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
}

public enum ActorKind
{
    Anonymous,
    Client,
    Professional,
    Manager,
    Administrator,
}
