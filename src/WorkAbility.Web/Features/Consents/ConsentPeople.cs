using Microsoft.Extensions.Localization;

namespace WorkAbility.Web.Features.Consents;

/// <summary>How the consent forms name the people a change would shut out.</summary>
internal static class ConsentPeople
{
    public static string Describe(IStringLocalizer l, ShowConsents.PersonShutOut p) =>
        $"{p.Name} ({p.Organisation})" + (p.IsCaseManager ? $" – {l["Team.CaseManager"].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)}" : "");
}
