using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Data.Demo;

/// <summary>"Demo": the demo county loaded into an empty database at start.</summary>
public sealed class DemoSettings : ISettingsSection
{
    public static string Section => "Demo";

    /// <summary>Load the demo county (organisations, users, the story clients and their history) into an empty database.</summary>
    public bool SeedData { get; set; }

    /// <summary>How many clients the made-up history holds besides the story clients.</summary>
    [Range(0, 1_000_000, ErrorMessage = "Demo:HistoryClients must be between {1} and {2}.")]
    public int HistoryClients { get; set; } = DemoCounty.HistoryClients;

    /// <summary>Whether the history's access-log entries (who read what, as the work went) are written too.</summary>
    public bool AccessHistory { get; set; } = true;
}
