using System.Text.RegularExpressions;

namespace WorkAbility.Domain.Consultations;

/// <summary>
/// Finds text that looks like a Finnish personal identity code, valid or not (a typo in the check
/// character still identifies a person), so an anonymous consultation can refuse it.
/// </summary>
public static partial class IdentifyingDataCheck
{
    public static bool ContainsIdentityCode(string? text) => text is not null && IdentityCodeLike().IsMatch(text);

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-3]\d[01]\d\d\d\s?[-+A-FYXWVUa-fyxwvu]\s?\d{3}[0-9A-Ya-y](?![0-9A-Za-z])")]
    private static partial Regex IdentityCodeLike();
}
