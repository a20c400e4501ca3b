using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// The real app on Kestrel, on a free loopback port, with a fresh SQLite database holding the
/// demo county. One per test class.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"workability-browser-{Guid.NewGuid():N}.db");

    public BrowserApp()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
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
        builder.UseSetting("Auth:Mode", "Demo");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(f);
        }
    }
}
