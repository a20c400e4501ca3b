using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Components.Shared;

/// <summary>
/// The errors of one submitted form, by field path as the domain names them (<c>purpose</c>,
/// <c>actions[1].title</c>), already in the UI language. Pages show each next to its field and
/// all of them in a summary; what the user typed stays in the form.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> byField = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string field] => byField.GetValueOrDefault(field);
    public bool Any => byField.Count > 0 || General is not null;
    public IEnumerable<KeyValuePair<string, string>> All => byField;

    /// <summary>A refusal that concerns no single field (a conflict, a rule of the model).</summary>
    public string? General { get; private set; }

    /// <summary>Records what the exception says; false when it is not a user's mistake (it is then rethrown by the caller).</summary>
    public bool Take(Exception exception, IStringLocalizer localizer)
    {
        byField.Clear();
        General = null;
        switch (exception)
        {
            case DomainValidationException v:
                foreach (var e in v.Errors)
                {
                    byField.TryAdd(e.Field, localizer.Error(e.Code));
                }
                return true;
            case DomainRuleException r when r.Field is { Length: > 0 } field:
                byField[field] = localizer.Error(r.Code);
                return true;
            case DomainRuleException r:
                General = localizer.Error(r.Code);
                return true;
            case DbUpdateConcurrencyException:
                General = localizer.Error("concurrency_conflict");
                return true;
            default:
                return false;
        }
    }

    /// <summary>A mistake the page finds itself before the change runs (a number it cannot read).</summary>
    public void Add(string field, string message) => byField[field] = message;

    /// <summary>Forgets the previous submission's errors.</summary>
    public void Clear()
    {
        byField.Clear();
        General = null;
    }

    /// <summary>The id of a field's message element, for aria-describedby.</summary>
    public static string MessageId(string field) => "err-" + new string(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
