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

    public string DisplayName => FirstName + " " + LastName;

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
