using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Organisations;

/// <summary>A staff member; belongs to exactly one organisation.</summary>
public sealed class Professional
{
    public const int NameMaxLength = 100;
    public const int UsernameMaxLength = 64;

    private Professional() => FirstName = LastName = Username = string.Empty;

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string Username { get; private set; }
    public Profession Profession { get; private set; }
    public StaffRole Role { get; private set; }
    public bool Active { get; private set; } = true;

    /// <summary>Work phone and e-mail: how clients and partners reach the coordinator and the case manager.</summary>
    public string? WorkPhone { get; private set; }
    public string? WorkEmail { get; private set; }

    public string DisplayName => FirstName + " " + LastName;

    public const int ContactMaxLength = 254;

    /// <summary>Sets the work contact details a client sees for their coordinator and case manager.</summary>
    public void SetWorkContact(string? phone, string? email)
    {
        var errors = new List<FieldError>();
        var phoneText = TextRules.OptionalText(phone, "workPhone", ContactMaxLength, errors);
        var emailText = TextRules.OptionalText(email, "workEmail", ContactMaxLength, errors);
        if (emailText is not null && (!emailText.Contains('@', StringComparison.Ordinal) || emailText.Contains(' ', StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("workEmail", "email_invalid"));
        }
        TextRules.ThrowIfAny(errors);
        (WorkPhone, WorkEmail) = (phoneText, emailText);
    }

    /// <summary>
    /// Takes the user out of service (they left, or changed job): they can no longer sign in or be
    /// chosen into a team. Someone still responsible for clients — a coordinator or case manager of
    /// an active case — must hand them over first, so no client is left without a responsible person.
    /// </summary>
    public void Deactivate(int activeCasesResponsibleFor)
    {
        if (activeCasesResponsibleFor > 0)
        {
            throw new DomainRuleException("user_still_responsible_for_clients");
        }
        Active = false;
    }

    /// <summary>Brings a user back into service.</summary>
    public void Reactivate() => Active = true;

    public static Professional Create(Guid organisationId, string? firstName, string? lastName, string? username,
        Profession profession, StaffRole role, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var first = TextRules.RequiredText(firstName, "firstName", NameMaxLength, errors);
        var last = TextRules.RequiredText(lastName, "lastName", NameMaxLength, errors);
        var user = TextRules.RequiredText(username, "username", UsernameMaxLength, errors).ToLowerInvariant();
        if (user.Length > 0 && !user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            errors.Add(new FieldError("username", "username_invalid"));
        }
        if (!Enum.IsDefined(profession))
        {
            errors.Add(new FieldError("profession", "invalid_choice"));
        }
        if (!Enum.IsDefined(role))
        {
            errors.Add(new FieldError("role", "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        return new Professional
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            FirstName = first,
            LastName = last,
            Username = user,
            Profession = profession,
            Role = role,
        };
    }
}
