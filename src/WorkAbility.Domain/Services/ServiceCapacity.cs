using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Services;

/// <summary>
/// Whether the provider can take a client now (F41; the HL7 Gravity SDOH guide's capacity check before a referral):
/// room now, a waiting list, no room, or an assessment of its own first.
/// </summary>
public enum ServiceCapacity
{
    Available,
    Waitlist,
    NoCapacity,
    AssessmentRequired,
}

/// <summary>
/// The provider's capacity and the service level its referrals are held to (F41). The provider's own staff keep the
/// capacity; the county's administrator sets within how many working days a referral is answered (default 2, at most
/// 14, as the best referral networks hold their providers).
/// </summary>
public sealed partial class CatalogueService
{
    public const int DefaultRespondWithinDays = 2;
    public const int MaxRespondWithinDays = 14;
    public const int MaxWaitWeeks = 104;

    /// <summary>The provider's capacity as last told; null when the provider has not told it.</summary>
    public ServiceCapacity? Capacity { get; private set; }

    /// <summary>The expected wait on the waiting list, in weeks; only with <see cref="ServiceCapacity.Waitlist"/>.</summary>
    public int? WaitWeeks { get; private set; }

    public DateTimeOffset? CapacityUpdatedAt { get; private set; }
    public Guid? CapacityUpdatedById { get; private set; }

    /// <summary>Working days within which the provider answers (accepts or declines) a referral.</summary>
    public int RespondWithinDays { get; private set; } = DefaultRespondWithinDays;

    /// <summary>Only the providing organisation's own staff say how much room it has.</summary>
    public bool MayKeepCapacity(Guid organisationId) => ProviderOrganisationId == organisationId;

    public void SetCapacity(ServiceCapacity? capacity, int? waitWeeks, Guid byId, Guid byOrganisationId, DateTimeOffset now)
    {
        if (!MayKeepCapacity(byOrganisationId))
        {
            throw new DomainRuleException("capacity_provider_only");
        }
        var errors = new List<FieldError>();
        if (capacity is not { } c || !Enum.IsDefined(c))
        {
            errors.Add(new FieldError("capacity", TextRules.Required));
        }
        else if (c is ServiceCapacity.Waitlist && waitWeeks is not (>= 1 and <= MaxWaitWeeks))
        {
            errors.Add(new FieldError("waitWeeks", "capacity_wait_weeks_range"));
        }
        TextRules.ThrowIfAny(errors);
        Capacity = capacity;
        WaitWeeks = capacity is ServiceCapacity.Waitlist ? waitWeeks : null;
        CapacityUpdatedAt = now;
        CapacityUpdatedById = byId;
    }
}
