using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Clients;

/// <summary>A working-age person who receives work ability support (asiakas).</summary>
public sealed class Client : IVersioned
{
    public const int NameMaxLength = 100;
    public const int MunicipalityMaxLength = 100;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;

    private Client(Guid id, PersonalIdentityCode personalIdentityCode, string firstName, string lastName,
        string municipality, string? phone, string? email, Guid? registeredAtOrganisationId, DateTimeOffset createdAt)
    {
        RegisteredAtOrganisationId = registeredAtOrganisationId;
        Id = id;
        PersonalIdentityCode = personalIdentityCode;
        FirstName = firstName;
        LastName = lastName;
        Municipality = municipality;
        Phone = phone;
        Email = email;
        CreatedAt = createdAt;
    }

    // For the persistence layer.
    private Client()
    {
        PersonalIdentityCode = null!;
        FirstName = LastName = Municipality = string.Empty;
    }

    public Guid Id { get; private set; }
    public PersonalIdentityCode PersonalIdentityCode { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string Municipality { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    /// <summary>
    /// A non-disclosure order for personal safety (turvakielto, Population Information Act 661/2009 s. 36):
    /// the person's contact details are not passed on to other organisations or systems.
    /// </summary>
    public bool NonDisclosure { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The organisation where the client was first registered; an intake relationship for access.</summary>
    public Guid? RegisteredAtOrganisationId { get; private set; }
    public Guid Version { get; set; }

    /// <summary>The language the client reads (fi, sv or en): their own pages and the printouts made for them use it.</summary>
    public string PreferredLanguage { get; private set; } = DefaultLanguage;

    public const string DefaultLanguage = "fi";
    /// <summary>Finnish, selkosuomi (plain Finnish, F40), Swedish, English.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "selko", "sv", "en"];

    public string FullName => FirstName + " " + LastName;

    /// <summary>
    /// Whether the person's phone and e-mail may be shown: always to the person and to the organisation
    /// that registered them; under a non-disclosure order to no one else (other organisations, other systems).
    /// </summary>
    public bool ContactDetailsShownTo(Guid? organisationId, Guid? clientId) =>
        !NonDisclosure || clientId == Id || organisationId is { } org && org == RegisteredAtOrganisationId;

    /// <summary>Registers a client; every invalid field is reported at once.</summary>
    public static Client Register(string? personalIdentityCode, string? firstName, string? lastName,
        string? municipality, string? phone, string? email, DateTimeOffset now, Guid? registeredAtOrganisationId = null, bool nonDisclosure = false)
    {
        var errors = new List<FieldError>();
        if (!PersonalIdentityCode.TryParse(personalIdentityCode, out var code, out var codeError))
        {
            errors.Add(new FieldError("personalIdentityCode", "identity_code_" + codeError.ToString().ToLowerInvariant()));
        }
        var first = TextRules.RequiredText(firstName, "firstName", NameMaxLength, errors);
        var last = TextRules.RequiredText(lastName, "lastName", NameMaxLength, errors);
        var place = TextRules.RequiredText(municipality, "municipality", MunicipalityMaxLength, errors);
        var phoneText = TextRules.OptionalText(phone, "phone", PhoneMaxLength, errors);
        var emailText = TextRules.OptionalText(email, "email", EmailMaxLength, errors);
        if (emailText is not null && !LooksLikeEmail(emailText))
        {
            errors.Add(new FieldError("email", "email_invalid"));
        }
        if (phoneText is not null && !LooksLikePhone(phoneText))
        {
            errors.Add(new FieldError("phone", "phone_invalid"));
        }
        TextRules.ThrowIfAny(errors);
        return new Client(Guid.CreateVersion7(now), code!, first, last, place, phoneText, emailText, registeredAtOrganisationId, now)
        {
            NonDisclosure = nonDisclosure,
        };
    }

    /// <summary>The client wants a notice by e-mail (to <see cref="Email"/>) when something waits for them (F40).</summary>
    public bool NoticeByEmail { get; private set; }

    /// <summary>The client wants a notice by text message (to <see cref="Phone"/>) when something waits for them (F40).</summary>
    public bool NoticeBySms { get; private set; }

    /// <summary>
    /// The client chooses how they are told that something waits for them — e-mail, a text message, both or neither — and may
    /// give the address and number at the same time (a blank keeps the one on record). A channel needs its address.
    /// </summary>
    public void ChooseNoticeChannels(bool email, bool sms, string? emailAddress = null, string? phone = null)
    {
        var errors = new List<FieldError>();
        var newEmail = TextRules.OptionalText(emailAddress, "emailAddress", EmailMaxLength, errors);
        var newPhone = TextRules.OptionalText(phone, "phone", PhoneMaxLength, errors);
        if (newEmail is not null && !LooksLikeEmail(newEmail))
        {
            errors.Add(new FieldError("emailAddress", "email_invalid"));
        }
        if (newPhone is not null && !LooksLikePhone(newPhone))
        {
            errors.Add(new FieldError("phone", "phone_invalid"));
        }
        if (email && (newEmail ?? Email) is null)
        {
            errors.Add(new FieldError("emailAddress", "notice_needs_email"));
        }
        if (sms && (newPhone ?? Phone) is null)
        {
            errors.Add(new FieldError("phone", "notice_needs_phone"));
        }
        TextRules.ThrowIfAny(errors);
        Email = newEmail ?? Email;
        Phone = newPhone ?? Phone;
        NoticeByEmail = email;
        NoticeBySms = sms;
    }

    /// <summary>Records the client's language; anything but Finnish, selkosuomi, Swedish or English is a field error.</summary>
    public void ChooseLanguage(string? language)
    {
        var code = language?.Trim().ToLowerInvariant();
        if (code is null || !Languages.Contains(code))
        {
            throw new DomainValidationException([new FieldError("language", "invalid_choice")]);
        }
        PreferredLanguage = code;
    }

    private static bool LooksLikeEmail(string s)
    {
        int at = s.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == s.LastIndexOf('@') && s.IndexOf('.', at) > at + 1 && !s.EndsWith('.') && !s.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Digits (five at least) with the usual separators: what a person can dial.</summary>
    public static bool LooksLikePhone(string s) =>
        s.Count(char.IsAsciiDigit) >= 5 && s.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')');
}
