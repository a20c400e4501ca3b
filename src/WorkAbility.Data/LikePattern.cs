namespace WorkAbility.Data;

/// <summary>
/// A user's search text as a SQL LIKE pattern that matches it anywhere, with its own <c>%</c>, <c>_</c>
/// and <c>\</c> taken literally (pass <see cref="Escape"/> as the escape character), on both providers.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
