using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features.Home;

/// <summary>"Home": how long the home page's service overview (counts by stage and path) is kept before it is counted again.</summary>
public sealed class HomeSettings : ISettingsSection
{
    public static string Section => "Home";

    /// <summary>0 counts on every view.</summary>
    [Range(0, 3_600, ErrorMessage = "Home:OverviewSeconds must be between {1} and {2}.")]
    public int OverviewSeconds { get; set; } = 60;
}
