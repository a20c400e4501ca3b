using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkAbility.Data;

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>
/// The demo county is made once per provider and size and copied for each test that asks for it as it is (a file copy
/// on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL): the same migrations and the same seed through the
/// domain's rules as every start, without repeating them a hundred times. A test that needs to watch the seeding itself
/// (its logs, a changed seed) asks for a fresh database (<see cref="WorkAbilityApp"/>'s <c>freshDatabase</c>).
/// </summary>
internal static class SeededTemplates
{
    private static readonly ConcurrentDictionary<(DatabaseProvider, int, PostgresCluster?), Lazy<Task<TestDatabase>>> Templates = new();

    /// <summary>Fills <paramref name="target"/> (empty, just created) with the demo county of <paramref name="demoClients"/> clients.</summary>
    public static async Task FillAsync(TestDatabase target, int demoClients)
    {
        if (!await target.IsEmptyAsync())
        {
            // A restart on the same database, or a database the test arranged itself: it is used as it is.
            return;
        }
        // A template lives in one cluster: a test with a cluster of its own gets a template of its own.
        var template = await Templates.GetOrAdd((target.Provider, demoClients, target.Cluster),
            key => new Lazy<Task<TestDatabase>>(() => MakeAsync(target, key.Item2))).Value;
        await target.CopyFromAsync(template);
    }

    private static async Task<TestDatabase> MakeAsync(TestDatabase like, int demoClients)
    {
        var template = await like.CreateSiblingAsync();
        await using (var app = new WorkAbilityApp(template, demoClients: demoClients, freshDatabase: true))
        {
            _ = app.Services;   // starting the host migrates and seeds
        }
        if (template.Provider is DatabaseProvider.Sqlite)
        {
            // The copy is of the file alone: everything written is moved out of the write-ahead log first.
            await using var connection = new SqliteConnection(template.ConnectionString);
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
            SqliteConnection.ClearAllPools();
        }
        else
        {
            // A template may have no connections when it is copied.
            NpgsqlConnection.ClearAllPools();
        }
        return template;
    }
}
