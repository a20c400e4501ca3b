using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// The real app on Kestrel, on a free loopback port, with its own SQLite database holding the
/// demo county. One per test class.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    static BrowserApp() => WorkAbility.Testing.TestHosts.WatchNoFiles();

    private readonly string databaseFile;
    private readonly bool keepFile;

    /// <summary>
    /// The demo county is made once for the run (the same migrations and seed as every start) and each app starts on a
    /// copy of it; the county is as old as the run, minutes at most.
    /// </summary>
    private static readonly Lazy<string> Template = new(MakeTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public BrowserApp() : this(Path.Combine(Path.GetTempPath(), $"workability-browser-{Guid.NewGuid():N}.db"), fromTemplate: true)
    {
    }

    private BrowserApp(string databaseFile, bool fromTemplate)
    {
        this.databaseFile = databaseFile;
        keepFile = !fromTemplate;
        if (fromTemplate)
        {
            File.Copy(Template.Value, databaseFile);
        }
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    private static string MakeTemplate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"workability-browser-template-{Guid.NewGuid():N}.db");
        using (var app = new BrowserApp(file, fromTemplate: false))
        {
        }
        // The copies are of the file alone: everything written is moved out of the write-ahead log first.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDatabase(file);
        return file;
    }

    private static void DeleteDatabase(string file)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework's own assets (blazor.web.js) come from the build's manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:WorkAbility", $"Data Source={databaseFile};Pooling=false");
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Demo:SeedData", "true");
        builder.UseSetting("Demo:HistoryClients", "400");
        builder.UseSetting("Auth:Mode", "Demo");
        builder.UseSetting($"AccessLog:Keys:{WorkAbility.Testing.TestHosts.AccessLogKeyId}", WorkAbility.Testing.TestHosts.AccessLogKey);
        builder.UseSetting("AccessLog:CurrentKeyId", WorkAbility.Testing.TestHosts.AccessLogKeyId);
        // Server-side warnings and errors go next to the screenshots, for whoever reads a failure.
        builder.ConfigureLogging(logging => logging.AddProvider(new FileLoggerProvider(Path.Combine(PageChecks.OutputFolder, "server.log"))));
    }

    private sealed class FileLoggerProvider(string path) : Microsoft.Extensions.Logging.ILoggerProvider
    {
        private static readonly Lock Gate = new();

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new FileLogger(path, categoryName);

        public void Dispose()
        {
        }

        private sealed class FileLogger(string path, string category) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Warning;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
                Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }
                lock (Gate)
                {
                    File.AppendAllText(path, $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)} {exception}{Environment.NewLine}");
                }
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (keepFile)
        {
            return;
        }
        DeleteDatabase(databaseFile);
    }
}
