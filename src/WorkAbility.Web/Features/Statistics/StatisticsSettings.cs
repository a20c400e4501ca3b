using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>"Statistics": how often the decision-makers' figures are rolled up from the work.</summary>
public sealed class StatisticsSettings : ISettingsSection
{
    public static string Section => "Statistics";

    public bool Enabled { get; set; } = true;

    [Range(10, 86_400, ErrorMessage = "Statistics:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 120;
}
