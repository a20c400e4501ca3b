using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Infrastructure.Localization;

/// <summary>
/// The UI's strings, with selkosuomi laid over Finnish (F40). Selkosuomi is not a culture .NET or ICU knows, so it is the UI
/// culture <see cref="Languages.PlainFinnish"/> (Finnish with a variant): the usual resources fall back from it to Finnish,
/// and this localizer first looks the key up in <see cref="PlainFinnish"/>'s plain texts. Formats stay fi-FI as in every language.
/// </summary>
public sealed class PlainLanguageLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private static readonly ResourceManager Plain = new(typeof(PlainFinnish));

    private readonly IStringLocalizer inner = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name] =>
        PlainText(name) is { } text ? new LocalizedString(name, text) : inner[name];

    public LocalizedString this[string name, params object[] arguments] =>
        PlainText(name) is { } text ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text, arguments)) : inner[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    private static string? PlainText(string name) =>
        Languages.IsPlainFinnish(CultureInfo.CurrentUICulture) ? Plain.GetString(name, CultureInfo.InvariantCulture) : null;
}
