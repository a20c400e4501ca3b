using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features.Screening;

/// <summary>"Screening": where the screening rules are read from (the file is watched and reloaded when edited).</summary>
public sealed class ScreeningSettings : ISettingsSection
{
    public static string Section => "Screening";

    /// <summary>Relative paths are under the content root.</summary>
    public string RulesFile { get; set; } = "screening-rules.json";
}
