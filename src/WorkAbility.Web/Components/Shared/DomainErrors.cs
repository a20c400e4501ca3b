using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Localization;

namespace WorkAbility.Web.Components.Shared;

/// <summary>Shows the domain's refusals next to the form fields they concern, in the UI language.</summary>
public static class DomainErrors
{
    /// <summary>Adds one message per invalid field; returns false when the exception is not a field error.</summary>
    public static bool Show(Exception exception, EditContext context, ValidationMessageStore store, IStringLocalizer localizer)
    {
        IEnumerable<FieldError> errors = exception switch
        {
            DomainValidationException v => v.Errors,
            DomainRuleException r => [new FieldError(r.Field ?? "", r.Code)],
            _ => [],
        };
        bool any = false;
        foreach (var error in errors)
        {
            var property = error.Field.Length > 0 ? char.ToUpperInvariant(error.Field[0]) + error.Field[1..] : "";
            store.Add(context.Field(property), localizer.Error(error.Code));
            any = true;
        }
        context.NotifyValidationStateChanged();
        return any;
    }
}
