namespace WorkAbility.Domain.Common;

/// <summary>
/// Reads a choice sent by name. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> also takes numbers ("1"), padded names
/// (" Other ") and comma lists ("Contact, Document", read as flags into some other member); a choice is exactly one name.
/// </summary>
public static class EnumChoice
{
    /// <summary>The member named exactly <paramref name="name"/>; none for anything else.</summary>
    public static T? Of<T>(string? name) where T : struct, Enum =>
        name is not null && Enum.GetNames<T>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<T>(name) : null;
}
