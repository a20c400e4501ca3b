using System.ComponentModel.DataAnnotations;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>"Database": which database, how it is prepared, and its monthly partitions (where it is: <see cref="ConnectionStringSettings"/>).</summary>
public sealed class DatabaseSettings : ISettingsSection
{
    public static string Section => "Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start (demo and development); production runs the <c>migrate</c> command.</summary>
    public bool MigrateAtStartup { get; set; }

    /// <summary>On PostgreSQL, the app's own login role that <c>migrate</c> grants its data rights to.</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Database:AppRole must be a plain PostgreSQL role name (letters, digits, underscore).")]
    public string? AppRole { get; set; }

    /// <summary>How many months ahead the partitions of the access log, case events and notices are made.</summary>
    [Range(1, 24, ErrorMessage = "Database:PartitionMonthsAhead must be between {1} and {2}.")]
    public int PartitionMonthsAhead { get; set; } = 3;

    public bool PartitionRoundsEnabled { get; set; } = true;
}
