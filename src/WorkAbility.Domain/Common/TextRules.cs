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
        else if (HasControlCharacters(trimmed))
        {
            errors.Add(new FieldError(field, ControlCharacters));
        }
        return trimmed;
    }

    /// <summary>A text with a control character other than a tab or a line break (NUL above all, which PostgreSQL cannot store).</summary>
    public const string ControlCharacters = "text_control_characters";

    public static bool HasControlCharacters(string text) => text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

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
        else if (HasControlCharacters(trimmed))
        {
            errors.Add(new FieldError(field, ControlCharacters));
        }
        return trimmed;
    }

    /// <summary>
    /// Throws the errors in the order the form shows its fields (<paramref name="fieldOrder"/>; a field's sub-fields
    /// with it, unknown fields last), so the error summary reads from the top of the form down.
    /// </summary>
    public static void ThrowIfAny(List<FieldError> errors, IReadOnlyList<string> fieldOrder)
    {
        int Rank(FieldError e)
        {
            for (int i = 0; i < fieldOrder.Count; i++)
            {
                if (e.Field == fieldOrder[i] || e.Field.StartsWith(fieldOrder[i] + ".", StringComparison.Ordinal) || e.Field.StartsWith(fieldOrder[i] + "[", StringComparison.Ordinal))
                {
                    return i;
                }
            }
            return fieldOrder.Count;
        }
        ThrowIfAny(errors.Select((e, i) => (e, i)).OrderBy(x => Rank(x.e)).ThenBy(x => x.i).Select(x => x.e).ToList());
    }

    public static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
