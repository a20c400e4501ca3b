using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>"ConnectionStrings": the database and, on PostgreSQL, a hot standby for reads that tolerate a little lag.</summary>
public sealed class ConnectionStringSettings : ISettingsSection
{
    public static string Section => "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:WorkAbility is not set.")]
    public string? WorkAbility { get; set; }

    /// <summary>A hot standby that serves the home page's aggregate counts (PostgreSQL only).</summary>
    public string? WorkAbilityStandby { get; set; }
}
