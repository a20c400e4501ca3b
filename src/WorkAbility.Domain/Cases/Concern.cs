using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>Who first raised the concern about the person's work ability (F1).</summary>
public enum ConcernSource
{
    Client,
    Professional,
    Supervisor,
    Colleague,
    Relative,
}

/// <summary>How the contact came in (F3).</summary>
public enum ContactChannel
{
    Phone,
    Chat,
    Visit,
    OmaoloResult,
    ProfessionalWithConsent,
    SocialWelfareNotification,

    /// <summary>A referral to the work ability coordinator (saatelomake) from another organisation, with the person's consent (F31).</summary>
    CoordinatorReferral,
}

/// <summary>On what basis the contact may be recorded; follows from the channel.</summary>
public enum ContactBasis
{
    /// <summary>The client contacted the service themselves.</summary>
    ClientsOwnContact,

    /// <summary>A professional contacts another service with the client's consent.</summary>
    ClientConsent,

    /// <summary>A social welfare concern notification (huoli-ilmoitus), which the law allows without consent.</summary>
    NotificationWithoutConsent,
}

/// <summary>
/// A recorded concern about a person's work ability (huoli työkyvystä), with its source, channel
/// and basis, and whether it was raised with the client (puheeksi ottaminen) and what they said.
/// </summary>
public sealed class Concern
{
    public const int DescriptionMaxLength = 4000;
    public const int ServiceMaxLength = 200;
    public const int ResponseMaxLength = 2000;

    private Concern()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public ConcernSource Source { get; private set; }

    /// <summary>For a professional's concern: which service they work in (e.g. "Kela", "nuorisopalvelut").</summary>
    public string? SourceService { get; private set; }

    public ContactChannel Channel { get; private set; }
    public ContactBasis Basis => BasisOf(Channel);
    public string Description { get; private set; }
    public DateOnly NoticedOn { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? RaisedWithClientAt { get; private set; }
    public string? ClientResponse { get; private set; }

    /// <summary>The screening indicators alerted on the facts recorded with the concern (F2; counted in F39 reach).</summary>
    public bool ScreeningAlerted { get; private set; }

    public void NoteScreening(bool alerted) => ScreeningAlerted = alerted;

    public static ContactBasis BasisOf(ContactChannel channel) => channel switch
    {
        ContactChannel.ProfessionalWithConsent or ContactChannel.CoordinatorReferral => ContactBasis.ClientConsent,
        ContactChannel.SocialWelfareNotification => ContactBasis.NotificationWithoutConsent,
        _ => ContactBasis.ClientsOwnContact,
    };

    /// <summary>Records a concern on a case. A concern cannot be dated in the future.</summary>
    public static Concern Record(Guid supportCaseId, ConcernSource? source, string? sourceService, ContactChannel? channel,
        string? description, DateOnly? noticedOn, Guid recordedById, DateTimeOffset now, DateOnly today)
    {
        var errors = new List<FieldError>();
        Choice(source, "source", errors);
        Choice(channel, "channel", errors);
        // That channel is the saatelomake's own: it is recorded when a coordinator takes one on, never typed.
        if (channel is ContactChannel.CoordinatorReferral)
        {
            errors.Add(new FieldError("channel", "invalid_choice"));
        }
        if (noticedOn is null)
        {
            errors.Add(new FieldError("noticedOn", TextRules.Required));
        }
        var text = TextRules.RequiredText(description, "description", DescriptionMaxLength, errors);
        var service = TextRules.OptionalText(sourceService, "sourceService", ServiceMaxLength, errors);
        if (source is ConcernSource.Professional && service is null)
        {
            errors.Add(new FieldError("sourceService", "required"));
        }
        if (noticedOn > today)
        {
            errors.Add(new FieldError("noticedOn", "date_in_future"));
        }
        TextRules.ThrowIfAny(errors);
        return new Concern
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCaseId,
            Source = source!.Value,
            SourceService = source is ConcernSource.Professional ? service : null,
            Channel = channel!.Value,
            Description = text,
            NoticedOn = noticedOn!.Value,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    /// <summary>The channels a professional records by hand; a saatelomake's channel comes with the saatelomake.</summary>
    public static IReadOnlyList<ContactChannel> ManualChannels { get; } =
        Enum.GetValues<ContactChannel>().Where(c => c is not ContactChannel.CoordinatorReferral).ToList();

    /// <summary>
    /// The concern a taken-on referral to the coordinator brings to the case (F31): the sender's
    /// words, the person's own words as their response, the sending organisation as the source.
    /// </summary>
    public static Concern FromCoordinatorReferral(Guid supportCaseId, Referrals.CoordinatorReferral referral, string sendingOrganisation,
        Guid coordinatorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SupportCaseId = supportCaseId,
        // The person's own request (F40) is a concern raised by the client, not by a professional of an organisation.
        Source = referral.FromPersonThemselves ? ConcernSource.Client : ConcernSource.Professional,
        SourceService = referral.FromPersonThemselves ? null
            : sendingOrganisation.Length > ServiceMaxLength ? sendingOrganisation[..ServiceMaxLength] : sendingOrganisation,
        Channel = ContactChannel.CoordinatorReferral,
        Description = referral.Tried is null ? referral.Concern : referral.Concern + "\n\n" + referral.Tried,
        NoticedOn = Common.FinnishCalendar.DateOf(referral.SentAt),
        RecordedById = coordinatorId,
        RecordedAt = now,
        RaisedWithClientAt = referral.ClientsOwnWords is null ? null : referral.SentAt,
        ClientResponse = referral.ClientsOwnWords is { } words && words.Length > ResponseMaxLength ? words[..ResponseMaxLength] : referral.ClientsOwnWords,
    };

    private static void Choice<T>(T? value, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (value is null)
        {
            errors.Add(new FieldError(field, TextRules.Required));
        }
        else if (!Enum.IsDefined(value.Value))
        {
            errors.Add(new FieldError(field, "invalid_choice"));
        }
    }

    /// <summary>The concern was raised with the client (puheeksi ottaminen); their response is kept in their words.</summary>
    public void RaiseWithClient(string? clientResponse, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var response = TextRules.RequiredText(clientResponse, "clientResponse", ResponseMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        RaisedWithClientAt = now;
        ClientResponse = response;
    }
}
