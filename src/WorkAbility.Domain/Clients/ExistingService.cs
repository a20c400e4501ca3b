using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;

namespace WorkAbility.Domain.Clients;

/// <summary>What kind of service or support the person already has (F5, F32): the network the team starts from.</summary>
public enum ExistingServiceKind
{
    Health,
    MentalHealthOrSubstance,
    SocialWelfare,
    Employment,
    Kela,
    OccupationalHealth,
    Rehabilitation,
    Education,
    ThirdSector,
    Other,
}

/// <summary>
/// A service, organisation or contact person the client already has (F5, F32): recorded so the team
/// builds on what exists instead of starting over, so its contacts can be asked to join, and so a
/// referral to a service the client already receives is caught before it is sent.
/// </summary>
public sealed class ExistingService
{
    public const int OrganisationMaxLength = 200;
    public const int ContactMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private ExistingService() => Organisation = string.Empty;

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public ExistingServiceKind Kind { get; private set; }

    /// <summary>Who provides it, as the client or the sender names it.</summary>
    public string Organisation { get; private set; }

    /// <summary>The catalogue service, when it is one of the county's own: a referral to it is then refused while this lasts.</summary>
    public Guid? ServiceId { get; private set; }

    public string? ContactPerson { get; private set; }
    public string? Contact { get; private set; }
    public DateOnly? Since { get; private set; }
    /// <summary>The day it ends (or ended): from that day on the client no longer has it.</summary>
    public DateOnly? Until { get; private set; }
    public string? Note { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether the client still has it on <paramref name="day"/>: no end date, or the day it ends is still ahead.</summary>
    public bool IsCurrentOn(DateOnly day) => Until is null || Until > day;

    /// <summary>What the entry reveals about the client, for consent-aware display.</summary>
    public DataCategory Category => Kind switch
    {
        ExistingServiceKind.SocialWelfare or ExistingServiceKind.ThirdSector => DataCategory.SocialWelfareData,
        ExistingServiceKind.Employment or ExistingServiceKind.Education => DataCategory.EmploymentData,
        ExistingServiceKind.Kela => DataCategory.KelaBenefitsData,
        _ => DataCategory.HealthData,
    };

    public static ExistingService Record(Guid clientId, ExistingServiceKind? kind, string? organisation, Guid? serviceId, string? contactPerson,
        string? contact, DateOnly? since, DateOnly? until, string? note, Guid recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new FieldError("kind", kind is null ? TextRules.Required : "invalid_choice"));
        }
        var provider = TextRules.RequiredText(organisation, "organisation", OrganisationMaxLength, errors);
        var person = TextRules.OptionalText(contactPerson, "contactPerson", ContactMaxLength, errors);
        var reach = TextRules.OptionalText(contact, "contact", ContactMaxLength, errors);
        var text = TextRules.OptionalText(note, "note", NoteMaxLength, errors);
        if (since is { } from && until is { } to && to < from)
        {
            errors.Add(new FieldError("until", "existing_service_until_before_since"));
        }
        TextRules.ThrowIfAny(errors);
        return new ExistingService
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            Kind = kind!.Value,
            Organisation = provider,
            ServiceId = serviceId,
            ContactPerson = person,
            Contact = reach,
            Since = since,
            Until = until,
            Note = text,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    /// <summary>The client no longer has it: it ends on <paramref name="on"/> and stays in the history.</summary>
    public void End(DateOnly on)
    {
        if (Since is { } from && on < from)
        {
            throw new DomainValidationException([new FieldError("until", "existing_service_until_before_since")]);
        }
        Until = on;
    }
}
