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
        DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)
            .ExecutionStrategy(dependencies => new ReconnectingExecutionStrategy(dependencies))),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
