namespace WorkAbility.Domain.Cases;

/// <summary>F5: the client already has an active case; the new one is refused and the existing one named.</summary>
public sealed class CaseAlreadyActiveException(Guid existingCaseId) : Exception("The client already has an active case.")
{
    public Guid ExistingCaseId { get; } = existingCaseId;
}
