using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Database;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the pooled <see cref="AppDbContext"/> for the provider named by
    /// <c>Database:Provider</c> (Sqlite by default) and <c>ConnectionStrings:WorkAbility</c> (<see cref="DatabaseSettings"/>).
    /// </summary>
    public static IServiceCollection AddWorkAbilityDatabase(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddSettings<DatabaseSettings>();
        services.AddSettings<ConnectionStringSettings>();
        var provider = configuration.ReadNow<DatabaseSettings>().Provider;
        var connectionString = configuration.ReadNow<ConnectionStringSettings>().WorkAbility!;
        if (provider is DatabaseProvider.Sqlite)
        {
            connectionString = AnchorSqliteFile(connectionString, environment.ContentRootPath);
        }
        // The save effects (SaveEffects: the kept risk states, the Kanta outbox) and any other interceptor in the container (tests count SQL commands with one).
        services.AddDbContextPool<AppDbContext>((sp, options) => options.UseWorkAbilityDatabase(provider, connectionString)
            .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        // Session cookies and form tokens must open on every app node: the keys live in the shared database, under one
        // application name whatever folder a node runs from.
        services.AddDataProtection().SetApplicationName("WorkAbility").PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<StandbyReads>();
        services.AddScoped<MonthPartitions>();
        services.AddScoped<IAfterMigration>(sp => sp.GetRequiredService<MonthPartitions>());
        services.AddHostedService<MonthPartitionRounds>();
        return services;
    }

    /// <summary>
    /// A relative SQLite file is placed under the content root, not wherever the process was
    /// started from, so <c>dotnet run</c> from any folder finds the same demo database.
    /// </summary>
    internal static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source.StartsWith(':') || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ||
            builder.Mode is SqliteOpenMode.Memory)
        {
            return connectionString;
        }
        var path = Path.IsPathRooted(source) ? source : Path.Combine(contentRoot, source);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }
}
