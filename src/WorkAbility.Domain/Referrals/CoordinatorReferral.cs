using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Referrals;

/// <summary>Where a referral to the work ability coordinator is, as its sender sees it (F31).</summary>
public enum CoordinatorReferralStatus
{
    Sent,
    Received,
    TakenOn,
    Returned,
}

/// <summary>The consent a referral rests on: a signed Kela Y100 style form, or the person's oral consent heard by the sender.</summary>
public enum ReferralConsentBasis
{
    WrittenY100,
    Oral,

    /// <summary>The person asked for support themselves, signed in with strong identification: the request is their consent (F40).</summary>
    OwnRequest,
}

/// <summary>Why a coordinator sends a referral back; the sender always sees it, with the coordinator's words.</summary>
public enum ReferralReturnReason
{
    WrongRecipient,
    NoConsent,
    NotForWorkAbilitySupport,
    Other,
}

/// <summary>How much of a referral to the coordinator a professional reads.</summary>
public enum CoordinatorReferralReader
{
    None,
    Sender,
    Receiver,
}

/// <summary>A service or contact person the sender knows the person already has, as the sender wrote it.</summary>
public sealed record ReferredService(ExistingServiceKind Kind, string Organisation, string? ContactPerson, string? Contact);

/// <summary>
/// The work ability support referral form (työkyvyn tuen saatelomake, F31): anyone who meets the
/// person — employment services, Kela, youth work, a school, an NGO, occupational health — sends
/// them to the coordinators of their home municipality's sote-centre. It rests on the person's
/// consent (no consent, no referral: only an anonymous consultation), and says who the person is,
/// the concern in the sender's and the person's words, what has been tried, what they already
/// have and how they want to be contacted. The coordinator takes it on — the person becomes a
/// client with a case at the coordinator's assessment — or returns it with a reason. The sender
/// sees only where it is; never whether the person was already a client.
/// </summary>
public sealed class CoordinatorReferral : IVersioned
{
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 300;
    public const int MaxServices = 10;

    /// <summary>A consent older than a Y100 consent may last is no ground for a referral.</summary>
    public const int ConsentMaxAgeYears = Consents.Consent.MaxValidityYears;

    private CoordinatorReferral() => FirstName = LastName = Municipality = Concern = string.Empty;

    public Guid Id { get; private set; }
    /// <summary>The professional who sent it; none when the person asked themselves (<see cref="FromPersonThemselves"/>).</summary>
    public Guid? SentById { get; private set; }
    public Guid? FromOrganisationId { get; private set; }

    /// <summary>The person asked for support themselves (F40): no professional sent it.</summary>
    public bool FromPersonThemselves => SentById is null;
    public Guid ToOrganisationId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The identity code when the sender knew it, as written (valid); otherwise the birth date and phone identify the person.</summary>
    public string? PersonalIdentityCode { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Phone { get; private set; }
    public string Municipality { get; private set; }

    public string Concern { get; private set; }
    public string? ClientsOwnWords { get; private set; }
    public string? Tried { get; private set; }
    public List<ReferredService> ExistingServices { get; private set; } = [];
    public string? ContactPreference { get; private set; }

    public ReferralConsentBasis ConsentBasis { get; private set; }
    public DateOnly ConsentGivenOn { get; private set; }

    /// <summary>For an oral consent: who heard the person give it.</summary>
    public string? ConsentHeardBy { get; private set; }

    public CoordinatorReferralStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }
    public Guid? HandledById { get; private set; }
    public ReferralReturnReason? ReturnReason { get; private set; }
    public string? ReturnNote { get; private set; }

    /// <summary>The client and case it was taken on to; never shown to the sender.</summary>
    public Guid? ClientId { get; private set; }
    public Guid? SupportCaseId { get; private set; }
    public Guid Version { get; set; }

    public string FullName => FirstName + " " + LastName;

    /// <summary>Still waiting on the coordinators' desk.</summary>
    public bool IsWaiting => Status is CoordinatorReferralStatus.Sent or CoordinatorReferralStatus.Received;

    /// <summary>The person's birth date, from the identity code when there is one.</summary>
    public DateOnly? PersonBirthDate =>
        Clients.PersonalIdentityCode.TryParse(PersonalIdentityCode, out var code) ? code.BirthDate : BirthDate;

    /// <summary>What the sender wrote about the person and the consent, checked all at once.</summary>
    public sealed record Form(
        string? PersonalIdentityCode, string? FirstName, string? LastName, DateOnly? BirthDate, string? Phone, string? Municipality,
        string? Concern, string? ClientsOwnWords, string? Tried, IReadOnlyList<ReferredServiceForm?>? ExistingServices,
        ReferralConsentBasis? ConsentBasis, DateOnly? ConsentGivenOn, string? ConsentHeardBy, string? ContactPreference);

    public sealed record ReferredServiceForm(ExistingServiceKind? Kind, string? Organisation, string? ContactPerson, string? Contact);

    /// <summary>
    /// Sends the form to <paramref name="toOrganisationId"/>, the sote-centre the person's municipality
    /// is routed to (null: the municipality has no route). Every invalid field is reported at once.
    /// </summary>
    /// <summary>The form's fields from top to bottom: its errors are listed in this order.</summary>
    public static readonly IReadOnlyList<string> FormOrder =
    [
        "firstName", "lastName", "personalIdentityCode", "birthDate", "phone", "municipality", "contactPreference",
        "concern", "clientsOwnWords", "tried", "existingServices", "consent.basis", "consent.givenOn", "consent.heardBy",
    ];

    public static CoordinatorReferral Send(Form form, Guid? toOrganisationId, Guid sentById, Guid fromOrganisationId, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var today = FinnishCalendar.DateOf(now);
        string? code = null;
        DateOnly? birth = null;
        string? phone = TextRules.OptionalText(form.Phone, "phone", Client.PhoneMaxLength, errors);
        if (phone is not null && !Client.LooksLikePhone(phone))
        {
            errors.Add(new FieldError("phone", "phone_invalid"));
        }
        if (!string.IsNullOrWhiteSpace(form.PersonalIdentityCode))
        {
            if (Clients.PersonalIdentityCode.TryParse(form.PersonalIdentityCode, out var parsed, out var codeError))
            {
                code = parsed.Value;
                if (form.BirthDate is { } typed && typed != parsed.BirthDate)
                {
                    errors.Add(new FieldError("birthDate", "birth_date_differs_from_code"));
                }
            }
            else
            {
                errors.Add(new FieldError("personalIdentityCode", "identity_code_" + codeError.ToString().ToLowerInvariant()));
            }
        }
        else
        {
            // Without the identity code the coordinator finds the person by name, birth date and phone.
            if (form.BirthDate is not { } b)
            {
                errors.Add(new FieldError("birthDate", "referral_birth_date_or_code"));
            }
            else if (b > today)
            {
                errors.Add(new FieldError("birthDate", "date_in_future"));
            }
            else
            {
                birth = b;
            }
            if (phone is null && !errors.Any(e => e.Field == "phone"))
            {
                errors.Add(new FieldError("phone", "referral_phone_without_code"));
            }
        }
        var first = TextRules.RequiredText(form.FirstName, "firstName", Client.NameMaxLength, errors);
        var last = TextRules.RequiredText(form.LastName, "lastName", Client.NameMaxLength, errors);
        var municipality = TextRules.RequiredText(form.Municipality, "municipality", Client.MunicipalityMaxLength, errors);
        if (municipality.Length > 0 && toOrganisationId is null && !errors.Any(e => e.Field == "municipality"))
        {
            errors.Add(new FieldError("municipality", "referral_municipality_not_served"));
        }
        var concern = TextRules.RequiredText(form.Concern, "concern", TextMaxLength, errors);
        var ownWords = TextRules.OptionalText(form.ClientsOwnWords, "clientsOwnWords", TextMaxLength, errors);
        var tried = TextRules.OptionalText(form.Tried, "tried", TextMaxLength, errors);
        var contact = TextRules.OptionalText(form.ContactPreference, "contactPreference", ShortTextMaxLength, errors);
        var services = Services(form.ExistingServices, errors);

        // No consent, no referral (seed 000): without one only an anonymous consultation is possible.
        // A professional's form rests on a written or an oral consent; only the person's own request is its own consent.
        if (form.ConsentBasis is not { } basis || !Enum.IsDefined(basis) || basis is ReferralConsentBasis.OwnRequest)
        {
            errors.Add(new FieldError("consent.basis", form.ConsentBasis is null ? "coordinator_referral_needs_consent" : "invalid_choice"));
        }
        if (form.ConsentGivenOn is not { } givenOn)
        {
            errors.Add(new FieldError("consent.givenOn", TextRules.Required));
        }
        else if (givenOn > today)
        {
            errors.Add(new FieldError("consent.givenOn", "date_in_future"));
        }
        else if (givenOn < today.AddYears(-ConsentMaxAgeYears))
        {
            errors.Add(new FieldError("consent.givenOn", "referral_consent_too_old"));
        }
        var heardBy = TextRules.OptionalText(form.ConsentHeardBy, "consent.heardBy", Client.NameMaxLength * 2, errors);
        if (form.ConsentBasis is ReferralConsentBasis.Oral && heardBy is null && !errors.Any(e => e.Field == "consent.heardBy"))
        {
            errors.Add(new FieldError("consent.heardBy", "referral_oral_consent_heard_by"));
        }
        TextRules.ThrowIfAny(errors, FormOrder);
        return new CoordinatorReferral
        {
            Id = Guid.CreateVersion7(now),
            SentById = sentById,
            FromOrganisationId = fromOrganisationId,
            ToOrganisationId = toOrganisationId!.Value,
            SentAt = now,
            PersonalIdentityCode = code,
            FirstName = first,
            LastName = last,
            BirthDate = code is null ? birth : null,
            Phone = phone,
            Municipality = municipality,
            Concern = concern,
            ClientsOwnWords = ownWords,
            Tried = tried,
            ExistingServices = services,
            ContactPreference = contact,
            ConsentBasis = form.ConsentBasis!.Value,
            ConsentGivenOn = form.ConsentGivenOn!.Value,
            ConsentHeardBy = form.ConsentBasis is ReferralConsentBasis.Oral ? heardBy : null,
            Status = CoordinatorReferralStatus.Sent,
            StatusChangedAt = now,
        };
    }

    /// <summary>What a person asking for support themselves writes (F40): in their own words, with how to reach them.</summary>
    public sealed record OwnRequestForm(string? Municipality, string? Concern, string? Tried, IReadOnlyList<ReferredServiceForm?>? ExistingServices,
        string? Phone, string? ContactPreference);

    /// <summary>The own request's fields from top to bottom.</summary>
    public static readonly IReadOnlyList<string> OwnRequestOrder = ["municipality", "concern", "tried", "existingServices", "phone", "contactPreference"];

    /// <summary>
    /// A person identified strongly (their identity code and name from the identification) asks the coordinators of their
    /// home municipality for work ability support themselves (F40). It arrives like a saatelomake; the request is their
    /// consent. Whether they are already a client is for the coordinator to find, never for the answer to tell.
    /// </summary>
    public static CoordinatorReferral AskedByPerson(OwnRequestForm form, Guid? toOrganisationId, PersonalIdentityCode identityCode, string firstName,
        string lastName, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var municipality = TextRules.RequiredText(form.Municipality, "municipality", Client.MunicipalityMaxLength, errors);
        if (municipality.Length > 0 && toOrganisationId is null && !errors.Any(e => e.Field == "municipality"))
        {
            errors.Add(new FieldError("municipality", "referral_municipality_not_served"));
        }
        var concern = TextRules.RequiredText(form.Concern, "concern", TextMaxLength, errors);
        var tried = TextRules.OptionalText(form.Tried, "tried", TextMaxLength, errors);
        var services = Services(form.ExistingServices, errors);
        var phone = TextRules.OptionalText(form.Phone, "phone", Client.PhoneMaxLength, errors);
        if (phone is not null && !Client.LooksLikePhone(phone))
        {
            errors.Add(new FieldError("phone", "phone_invalid"));
        }
        var contact = TextRules.OptionalText(form.ContactPreference, "contactPreference", ShortTextMaxLength, errors);
        TextRules.ThrowIfAny(errors, OwnRequestOrder);
        return new CoordinatorReferral
        {
            Id = Guid.CreateVersion7(now),
            ToOrganisationId = toOrganisationId!.Value,
            SentAt = now,
            PersonalIdentityCode = identityCode.Value,
            FirstName = firstName.Trim().Length > 0 ? firstName.Trim() : "-",
            LastName = lastName.Trim().Length > 0 ? lastName.Trim() : "-",
            Phone = phone,
            Municipality = municipality,
            Concern = concern,
            ClientsOwnWords = concern,
            Tried = tried,
            ExistingServices = services,
            ContactPreference = contact,
            ConsentBasis = ReferralConsentBasis.OwnRequest,
            ConsentGivenOn = FinnishCalendar.DateOf(now),
            Status = CoordinatorReferralStatus.Sent,
            StatusChangedAt = now,
        };
    }

    private static List<ReferredService> Services(IReadOnlyList<ReferredServiceForm?>? forms, List<FieldError> errors)
    {
        var services = new List<ReferredService>();
        if (forms is null)
        {
            return services;
        }
        if (forms.Count > MaxServices)
        {
            errors.Add(new FieldError("existingServices", "too_many"));
            return services;
        }
        for (int i = 0; i < forms.Count; i++)
        {
            var field = $"existingServices[{i}]";
            if (forms[i] is not { } s)
            {
                errors.Add(new FieldError(field, TextRules.Required));
                continue;
            }
            if (s.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                errors.Add(new FieldError(field + ".kind", s.Kind is null ? TextRules.Required : "invalid_choice"));
            }
            var organisation = TextRules.RequiredText(s.Organisation, field + ".organisation", ExistingService.OrganisationMaxLength, errors);
            var person = TextRules.OptionalText(s.ContactPerson, field + ".contactPerson", ExistingService.ContactMaxLength, errors);
            var contact = TextRules.OptionalText(s.Contact, field + ".contact", ExistingService.ContactMaxLength, errors);
            if (s.Kind is { } k && Enum.IsDefined(k) && organisation.Length > 0)
            {
                services.Add(new ReferredService(k, organisation, person, contact));
            }
        }
        return services;
    }

    /// <summary>A coordinator of the receiving sote-centre has opened it: the sender sees it has arrived.</summary>
    public void MarkReceived(Guid coordinatorId, DateTimeOffset now)
    {
        if (Status is CoordinatorReferralStatus.Sent)
        {
            Status = CoordinatorReferralStatus.Received;
            StatusChangedAt = now;
            HandledById = coordinatorId;
        }
    }

    /// <summary>The coordinator took the person on: a client with a case at the coordinator's assessment.</summary>
    public void TakeOn(Guid clientId, Guid supportCaseId, Guid coordinatorId, DateTimeOffset now)
    {
        EnsureWaiting();
        Status = CoordinatorReferralStatus.TakenOn;
        StatusChangedAt = now;
        HandledById = coordinatorId;
        ClientId = clientId;
        SupportCaseId = supportCaseId;
    }

    /// <summary>Sends it back to the sender with a reason they see (wrong recipient, no consent…).</summary>
    public void Return(ReferralReturnReason? reason, string? note, Guid coordinatorId, DateTimeOffset now)
    {
        EnsureWaiting();
        var errors = new List<FieldError>();
        if (reason is not { } r || !Enum.IsDefined(r))
        {
            errors.Add(new FieldError("reason", reason is null ? TextRules.Required : "invalid_choice"));
        }
        var text = TextRules.RequiredText(note, "note", ShortTextMaxLength * 2, errors);
        TextRules.ThrowIfAny(errors);
        Status = CoordinatorReferralStatus.Returned;
        StatusChangedAt = now;
        HandledById = coordinatorId;
        ReturnReason = reason;
        ReturnNote = text;
    }

    private void EnsureWaiting()
    {
        if (!IsWaiting)
        {
            throw new DomainRuleException("coordinator_referral_handled");
        }
    }

    /// <summary>
    /// Who reads it: the coordinators of the sote-centre it was sent to read all of it and handle it;
    /// the sender reads where it is and nothing of the county's answer beyond that; nobody else reads it.
    /// </summary>
    public CoordinatorReferralReader ReaderOf(Guid? professionalId, Guid? organisationId, bool isCoordinator) =>
        isCoordinator && organisationId == ToOrganisationId ? CoordinatorReferralReader.Receiver :
        professionalId is { } me && me == SentById ? CoordinatorReferralReader.Sender :
        CoordinatorReferralReader.None;

    /// <summary>
    /// Whether an existing client may be the person: the same identity code, or — when the sender did
    /// not know it — the same birth date and last name. Only such clients are offered to the coordinator.
    /// </summary>
    public bool MayBe(Client client) =>
        PersonalIdentityCode is { } code
            ? client.PersonalIdentityCode.Value == code
            : BirthDate == client.PersonalIdentityCode.BirthDate &&
              string.Equals(client.LastName.Trim(), LastName, StringComparison.CurrentCultureIgnoreCase);
}
