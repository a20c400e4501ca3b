using Microsoft.Data.Sqlite;
using WorkAbility.Data;

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database on one provider, removed when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? cluster;
    private readonly string? sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, PostgresCluster? cluster, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.cluster = cluster;
        this.sqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The PostgreSQL cluster the database lives in (none on SQLite).</summary>
    internal PostgresCluster? Cluster => cluster;

    /// <summary>Every data test runs on both providers.</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, PostgresCluster cluster)
    {
        if (provider is DatabaseProvider.Postgres)
        {
            return new TestDatabase(provider, await cluster.CreateDatabaseAsync(), cluster, null);
        }
        var file = Path.Combine(Path.GetTempPath(), $"workability-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(provider, $"Data Source={file};Pooling=false", null, file);
    }

    /// <summary>Another empty database on the same provider (and cluster), for a template.</summary>
    internal async Task<TestDatabase> CreateSiblingAsync() =>
        Provider is DatabaseProvider.Postgres ? await CreateAsync(Provider, cluster!) : await CreateAsync(Provider, null!);

    /// <summary>Whether nothing has been made in the database yet (no app has started on it, no test has arranged anything).</summary>
    internal async Task<bool> IsEmptyAsync()
    {
        if (cluster is null)
        {
            return sqliteFile is not null && (!File.Exists(sqliteFile) || new FileInfo(sqliteFile).Length == 0);
        }
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync())! == 0;
    }

    /// <summary>Makes this (empty) database a copy of <paramref name="template"/>.</summary>
    internal async Task CopyFromAsync(TestDatabase template)
    {
        if (cluster is not null)
        {
            await cluster.RecreateFromTemplateAsync(ConnectionString, template.ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        File.Copy(template.sqliteFile!, sqliteFile!, overwrite: true);
    }

    /// <summary>A database made by the test itself (it drops it); nothing is removed on dispose.</summary>
    public static TestDatabase Existing(DatabaseProvider provider, string connectionString) =>
        new(provider, connectionString, null, null);

    public Task DropAsync() => cluster is null ? Task.CompletedTask : cluster.DropDatabaseAsync(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DropDatabaseAsync(ConnectionString);
        }
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
