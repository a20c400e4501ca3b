using Microsoft.EntityFrameworkCore;

namespace WorkAbility.Data;

/// <summary>
/// The one place that binds <see cref="AppDbContext"/> to a provider and to that provider's
/// migrations assembly. The app, the design-time factories and the tests all call it.
/// </summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "WorkAbility.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "WorkAbility.Migrations.Postgres";

    public static DbContextOptionsBuilder UseWorkAbilityDatabase(this DbContextOptionsBuilder options,
        DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
        DatabaseProvider.Postgres => options.UseNpgsql(Pooled(connectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly)
            .ExecutionStrategy(dependencies => new ReconnectingExecutionStrategy(dependencies))),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    /// <summary>
    /// EF opens and closes the connection around each query, several times in a request. The app keeps no
    /// session state on a connection (its locks are transaction-scoped, it sets no variables or roles), so
    /// a connection going back to the pool need not be reset with DISCARD ALL each time, and the
    /// statements the app repeats are kept prepared. Set either in the connection string to override.
    /// </summary>
    public static string Pooled(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
        }
        return builder.ConnectionString;
    }
}
