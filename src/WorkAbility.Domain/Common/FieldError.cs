namespace WorkAbility.Domain.Common;

/// <summary>One invalid input: the field and a stable error code (localized by the caller).</summary>
public sealed record FieldError(string Field, string Code);

/// <summary>Several inputs were invalid at once; all of them are reported together.</summary>
public sealed class DomainValidationException(IReadOnlyList<FieldError> errors)
    : Exception("Invalid input: " + string.Join(", ", errors.Select(e => $"{e.Field}={e.Code}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
