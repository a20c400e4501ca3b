using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WorkAbility.Data;

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a test database: migrations applied at start, demo county loaded if asked,
/// a fake clock, and every log line captured so tests can check that no client data is logged.
/// </summary>
public sealed class WorkAbilityApp(TestDatabase database, bool seedDemoData = true, string authMode = "Demo", bool systemClock = false,
    string environment = "Testing", int demoClients = 60, IReadOnlyDictionary<string, string>? settings = null, bool freshDatabase = false)
    : WebApplicationFactory<Program>
{
    static WorkAbilityApp() => WorkAbility.Testing.TestHosts.WatchNoFiles();

    public static readonly DateTimeOffset StartTime = new(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(StartTime);
    public SqlCommandCounter Sql { get; } = new();
    public ConcurrentQueue<string> LogLines { get; } = new();
    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Outside Development the framework's own assets (blazor.web.js) come from the build's manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:WorkAbility", database.ConnectionString);
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Demo:SeedData", seedDemoData ? "true" : "false");
        builder.UseSetting("Auth:Mode", authMode);
        // Tests run the reminder job themselves (FollowUpReminders.RunOnce), so the clock they move never races it.
        builder.UseSetting("Reminders:Enabled", "false");
        // A small living county keeps every test's start quick; the statistics rollup runs when a test asks.
        builder.UseSetting("Demo:HistoryClients", demoClients.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Statistics:Enabled", "false");
        // The risk states' recheck round would run whenever a test moves the clock on; views recheck their own states.
        builder.UseSetting("Risks:RoundsEnabled", "false");
        // Tests count their own access-log entries; the demo's implied history is switched on where a test asks for it.
        builder.UseSetting("Demo:AccessHistory", "false");
        builder.UseSetting("Auth:Oidc:Authority", "https://idp.invalid/");
        builder.UseSetting("Auth:Oidc:ClientId", "workability-tests");
        builder.UseSetting($"AccessLog:Keys:{WorkAbility.Testing.TestHosts.AccessLogKeyId}", WorkAbility.Testing.TestHosts.AccessLogKey);
        builder.UseSetting("AccessLog:CurrentKeyId", WorkAbility.Testing.TestHosts.AccessLogKeyId);
        // Tests seal on demand (the verifier seals first); with the real clock the background sealer runs too.
        builder.UseSetting("AccessLog:Sealing:Enabled", systemClock ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(LogLines)).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(services =>
        {
            if (!systemClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Sql);
        });
    }

    /// <summary>
    /// A test that takes the demo county as it is gets a copy of one made once (<see cref="SeededTemplates"/>); one that
    /// changes how it is made (its clock, its environment, its settings) or watches the making gets it made afresh.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (seedDemoData && !freshDatabase && !systemClock && environment == "Testing" && settings is null)
        {
            SeededTemplates.FillAsync(database, demoClients).GetAwaiter().GetResult();
        }
        return base.CreateHost(builder);
    }

    /// <summary>A context outside any request, for arranging and inspecting data directly.</summary>
    public AppDbContext NewDbContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseWorkAbilityDatabase(database.Provider, database.ConnectionString);
        // The app's own interceptors, so a test's direct writes keep what the app keeps (the kept risk states, the Kanta outbox).
        options.AddInterceptors(Services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        return new AppDbContext(options.Options);
    }

    /// <summary>A client signed in as the demo user <paramref name="username"/> (its cookie kept).</summary>
    public async Task<HttpClient> SignedInAs(string username)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/auth/demo/sign-in", new { username });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
