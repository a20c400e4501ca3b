using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Data.Demo;

namespace WorkAbility.Web.Infrastructure.Database;

public static partial class DatabaseStartup
{
    /// <summary>
    /// In demo and development runs the schema is brought up to date and the demo county is
    /// loaded at start; production applies migrations with the <c>migrate</c> command instead.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Services.GetRequiredService<DatabaseSettings>().MigrateAtStartup;
        var seed = app.Services.GetRequiredService<DemoSettings>().SeedData;
        if (!migrate && !seed)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (migrate)
        {
            await MigrateAsync(db, app.Logger);
            // Rows the last version wrote get what this one derives (the light steps: one query when there is nothing to do).
            foreach (var step in scope.ServiceProvider.GetServices<IAfterMigration>().Where(s => s.AlsoAtStart))
            {
                LogAfterMigration(app.Logger, await step.RunAsync(CancellationToken.None));
            }
        }
        if (seed)
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoCountySeeder>(scope.ServiceProvider);
            await seeder.SeedIfEmptyAsync(CancellationToken.None);
            // The demo's history leaves tens of thousands of access-log entries: they are chained before the first
            // request, so the first minutes of a fresh demo do not queue people's writes behind the sealer.
            await scope.ServiceProvider.GetRequiredService<WorkAbility.Web.Infrastructure.Access.AccessLogSealer>()
                .SealAsync(wait: true, CancellationToken.None, WorkAbility.Web.Infrastructure.Access.AccessLogSealer.WholeLog);
        }
    }

    /// <summary>
    /// The <c>migrate</c> command: apply pending migrations, complete what derives from the data
    /// (<see cref="IAfterMigration"/>) and exit. On PostgreSQL, with
    /// <c>Database:AppRole</c> set, the app's own role gets its data rights (see <see cref="AppRoleGrants"/>).
    /// </summary>
    public static async Task<int> RunMigrateCommandAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await MigrateAsync(db, app.Logger);
        foreach (var step in scope.ServiceProvider.GetServices<IAfterMigration>())
        {
            LogAfterMigration(app.Logger, await step.RunAsync(CancellationToken.None));
        }
        if (app.Services.GetRequiredService<DatabaseSettings>().AppRole is { Length: > 0 } role)
        {
            if (!db.Database.IsNpgsql())
            {
                Console.Error.WriteLine("Database:AppRole applies to PostgreSQL only.");
                return 2;
            }
            await AppRoleGrants.GrantAsync(db, role, CancellationToken.None);
            LogGranted(app.Logger, role);
        }
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Done}")]
    private static partial void LogAfterMigration(ILogger logger, string done);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data rights granted to the app role {Role}; access-log tables are insert-only for it.")]
    private static partial void LogGranted(ILogger logger, string role);

    private static async Task MigrateAsync(AppDbContext db, ILogger logger)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers continue while one request writes.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync();
        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "?");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema up to date: {Applied} migration(s) applied on {Provider}.")]
    private static partial void LogMigrated(ILogger logger, int applied, string provider);
}
