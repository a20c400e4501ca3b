using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>"Statistics": how often the decision-makers' figures are rolled up from the work, and the county's target they are read against.</summary>
public sealed class StatisticsSettings : ISettingsSection
{
    public static string Section => "Statistics";

    public bool Enabled { get; set; } = true;

    [Range(10, 86_400, ErrorMessage = "Statistics:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 120;

    /// <summary>The county's target from the first contact to a plan, in days: the headline share "plan within the target" counts against it.</summary>
    [Range(7, 365, ErrorMessage = "Statistics:PlanTargetDays must be between {1} and {2}.")]
    public int PlanTargetDays { get; set; } = 60;
}
