namespace WorkAbility.Web.Resources;

/// <summary>
/// Marker for the client's pages in selkosuomi, plain Finnish (F40): short sentences, common words, one thing at a time,
/// as Kykyviisari offers its questions. PlainFinnish.resx holds a key only where the plain text differs from
/// SharedResource.resx; every other text is the standard Finnish one (<see cref="Infrastructure.Localization.PlainLanguageLocalizer"/>).
/// </summary>
public sealed class PlainFinnish;
