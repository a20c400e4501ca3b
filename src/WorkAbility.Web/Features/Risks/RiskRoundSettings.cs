using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// "Risks" (rounds): how often the kept risk states are rechecked for risks that come with time alone (a follow-up
/// falling due). The thresholds of the same section are the domain's <see cref="WorkAbility.Domain.Risks.RiskThresholds"/>.
/// </summary>
public sealed class RiskRoundSettings : ISettingsSection
{
    public static string Section => "Risks";

    public bool RoundsEnabled { get; set; } = true;

    [Range(10, 86_400, ErrorMessage = "Risks:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 600;
}
