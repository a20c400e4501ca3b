namespace WorkAbility.Domain.Common;

/// <summary>Shared checks for free-text fields, so every entity reports the same codes.</summary>
public static class TextRules
{
    public const string Required = "required";
    public const string TooLong = "too_long";

    /// <summary>Trims <paramref name="value"/>; records an error when it is missing or too long.</summary>
    public static string RequiredText(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new FieldError(field, Required));
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(new FieldError(field, TooLong));
        }
        return trimmed;
    }

    /// <summary>Trims <paramref name="value"/> to null when blank; records an error when too long.</summary>
    public static string? OptionalText(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            errors.Add(new FieldError(field, TooLong));
        }
        return trimmed;
    }

    public static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
