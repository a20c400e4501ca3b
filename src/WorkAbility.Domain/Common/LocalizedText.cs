namespace WorkAbility.Domain.Common;

/// <summary>Text in the three UI languages, for content kept in configuration (rules, questionnaires).</summary>
public sealed record LocalizedText(string Fi, string Sv, string En)
{
    public string For(string twoLetterLanguage) => twoLetterLanguage switch
    {
        "sv" => Sv,
        "en" => En,
        _ => Fi,
    };
}
