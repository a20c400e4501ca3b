namespace WorkAbility.Domain.Common;

/// <summary>What kind of refusal a rule gives: the web layer answers by kind (400, 409, 404), never by the code's wording.</summary>
public enum RefusalKind
{
    /// <summary>The operation conflicts with the current state (a case ended, a referral already answered): 409.</summary>
    Conflict,

    /// <summary>The input itself is wrong (a value outside its choices, an invalid identity code): 400 with the field.</summary>
    InvalidInput,

    /// <summary>The thing the operation names does not exist for the caller (a meeting, a consent, a user): 404.</summary>
    NotFound,
}

/// <summary>
/// A rule of the service model refused an operation. <see cref="Code"/> is a stable key that the
/// web layer turns into a localized message; <see cref="Field"/> names the input it concerns, if any;
/// <see cref="Kind"/> says how the refusal is answered.
/// </summary>
public sealed class DomainRuleException(string code, string? field = null, string? detail = null, RefusalKind kind = RefusalKind.Conflict)
    : Exception(detail ?? code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public RefusalKind Kind { get; } = kind;

    /// <summary>A value outside what the field accepts.</summary>
    public static DomainRuleException Invalid(string code, string field) => new(code, field, kind: RefusalKind.InvalidInput);

    /// <summary>The named thing does not exist (for this caller); answered like any other "not found".</summary>
    public static DomainRuleException NotFound(string code) => new(code, kind: RefusalKind.NotFound);
}
