namespace WorkAbility.Domain.Common;

/// <summary>
/// A rule of the service model refused an operation. <see cref="Code"/> is a stable key that the
/// web layer turns into a localized message; <see cref="Field"/> names the input it concerns, if any.
/// </summary>
public sealed class DomainRuleException(string code, string? field = null, string? detail = null)
    : Exception(detail ?? code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
}
