using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Organisations;

/// <summary>A service organisation in the region: sote-centre, employment services, Kela, NGO…</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;

    private Organisation() => Name = Area = string.Empty;

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }

    /// <summary>The municipality or area the organisation serves; used for regional statistics.</summary>
    public string Area { get; private set; }

    public static Organisation Create(string? name, OrganisationKind kind, string? area, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var n = TextRules.RequiredText(name, "name", NameMaxLength, errors);
        var a = TextRules.RequiredText(area, "area", NameMaxLength, errors);
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        return new Organisation { Id = Guid.CreateVersion7(now), Name = n, Kind = kind, Area = a };
    }
}
