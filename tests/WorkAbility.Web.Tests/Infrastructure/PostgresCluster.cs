using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(WorkAbility.Web.Tests.Infrastructure.PostgresCluster))]

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for this test run: initdb in a temporary folder, started on a
/// free loopback port, stopped and deleted at the end. Each test gets its own database in it.
/// As root, the server programs run as the <c>postgres</c> user (initdb refuses root).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private static readonly string BinDir = Environment.GetEnvironmentVariable("PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private string dataDir = string.Empty;
    private string rootDir = string.Empty;
    private string? standbyDir;

    public int Port { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async ValueTask InitializeAsync()
    {
        rootDir = Directory.CreateTempSubdirectory("workability-pg-").FullName;
        dataDir = Path.Combine(rootDir, "data");
        if (RunningAsRoot)
        {
            await RunAsync("chown", $"postgres {rootDir}", asPostgres: false);
        }
        Port = FreePort();
        await RunAsync(Path.Combine(BinDir, "initdb"), $"-D {dataDir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync", asPostgres: true);
        var options = $"-p {Port} -k {rootDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {dataDir} -l {Path.Combine(rootDir, "server.log")} -o \"{options}\" -w -t 60 start", asPostgres: true);
        RecordServerPid();
    }

    /// <summary>
    /// Tells test.sh which server this run started (the postmaster's PID, one line in the file it
    /// names), so a crashed run's cleanup stops exactly that server and never another run's.
    /// </summary>
    private void RecordServerPid()
    {
        var file = Environment.GetEnvironmentVariable("WORKABILITY_TEST_PIDS");
        var pidFile = Path.Combine(dataDir, "postmaster.pid");
        if (!string.IsNullOrEmpty(file) && File.Exists(pidFile))
        {
            File.AppendAllLines(file, [File.ReadLines(pidFile).First().Trim()]);
        }
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "wa_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    /// <summary>Replaces an empty test database with a copy of a template database (made once, copied by the server).</summary>
    public async Task RecreateFromTemplateAsync(string connectionString, string templateConnectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var template = new NpgsqlConnectionStringBuilder(templateConnectionString).Database;
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // A connection to the template is still closing (another test's copy, a pool draining).
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Drops a database under the app's feet, the way an outage looks to it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A port nothing listens on yet, for a server a test starts later (a standby).</summary>
    public static int UnusedPort() => FreePort();

    /// <summary>
    /// Starts a hot standby of this cluster on <paramref name="port"/> with PostgreSQL's own tools: a base backup
    /// (<c>pg_basebackup -R</c>, streaming its WAL) that then follows the primary by streaming replication.
    /// It is stopped with the cluster. Returns the admin connection string of the standby.
    /// </summary>
    public async Task<string> StartStandbyAsync(int port)
    {
        standbyDir = Path.Combine(rootDir, "standby");
        await RunAsync(Path.Combine(BinDir, "pg_basebackup"), $"-D {standbyDir} -h 127.0.0.1 -p {Port} -U postgres -R -X stream -c fast --no-sync", asPostgres: true);
        var options = $"-p {port} -k {rootDir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on -c max_connections=200";
        await RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {standbyDir} -l {Path.Combine(rootDir, "standby.log")} -o \"{options}\" -w -t 60 start", asPostgres: true);
        var pidFile = Path.Combine(standbyDir, "postmaster.pid");
        if (Environment.GetEnvironmentVariable("WORKABILITY_TEST_PIDS") is { Length: > 0 } file && File.Exists(pidFile))
        {
            File.AppendAllLines(file, [File.ReadLines(pidFile).First().Trim()]);
        }
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>Stops the standby at once, the way a failed standby server looks to the app.</summary>
    public async Task StopStandbyAsync()
    {
        if (standbyDir is not null)
        {
            await RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {standbyDir} -m immediate -w stop", asPostgres: true, throwOnError: false);
        }
    }

    /// <summary>Restarts the server the way an operator or a failover does: every open connection is cut.</summary>
    public Task RestartAsync() =>
        RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {dataDir} -m fast -w -t 60 restart", asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (standbyDir is not null && Directory.Exists(standbyDir))
        {
            await RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {standbyDir} -m immediate -w stop", asPostgres: true, throwOnError: false);
        }
        if (Directory.Exists(dataDir))
        {
            await RunAsync(Path.Combine(BinDir, "pg_ctl"), $"-D {dataDir} -m immediate -w stop", asPostgres: true, throwOnError: false);
        }
        try
        {
            Directory.Delete(rootDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the server is already stopped.
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, string arguments, bool asPostgres, bool throwOnError = true)
    {
        var info = asPostgres && RunningAsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
