using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Bench;

/// <summary>
/// <c>kill -9</c> under a concurrent write load: starts the built app as its own process, has
/// <c>writers</c> signed-in users create clients as fast as they can, kills the process with SIGKILL
/// after <c>seconds</c>, then reads the database directly: every acknowledged (201) client must be
/// there, no client may be there without its Create entry in the access log, and the log must verify
/// once sealed.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- crash-test [--provider Postgres --connection "…"] [--seconds 5] [--writers 16]</code>
/// </summary>
public static class CrashTest
{
    private const string LastName = "Kaatumistesti";

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Enum.Parse<DatabaseProvider>(Arg("--provider", "Sqlite"));
        var file = Path.Combine(Path.GetTempPath(), $"workability-crash-{Guid.NewGuid():N}.db");
        var connection = Arg("--connection", $"Data Source={file}");
        var seconds = double.Parse(Arg("--seconds", "5"), System.Globalization.CultureInfo.InvariantCulture);
        var writers = int.Parse(Arg("--writers", "16"), System.Globalization.CultureInfo.InvariantCulture);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "WorkAbility.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "WorkAbility.Web.dll");
        int port = FreePort();
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__WorkAbility"] = connection,
                ["Database__MigrateAtStartup"] = "true",
                ["Demo__SeedData"] = "true",
                ["Auth__Mode"] = "Demo",
                ["AccessLog__Keys__crash"] = key,
                ["AccessLog__CurrentKeyId"] = "crash",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        using var app = Process.Start(info)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        await WaitHealthy(baseAddress);

        var acknowledged = new ConcurrentBag<Guid>();
        int attempts = 0, failures = 0, next = 0;
        using var stop = new CancellationTokenSource();
        var clients = new List<HttpClient>();
        for (int w = 0; w < writers; w++)
        {
            var http = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
            (await http.PostAsJsonAsync("/auth/demo/sign-in", new { username = "hanna.hoitaja" })).EnsureSuccessStatusCode();
            clients.Add(http);
        }
        var load = clients.Select(http => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                int n = Interlocked.Increment(ref next);
                var code = PersonalIdentityCode.Create(new DateOnly(1960, 1, 1).AddDays(n % 15000), 2 + n / 15000 % 897).Value;
                Interlocked.Increment(ref attempts);
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/clients",
                        new { personalIdentityCode = code.ToString(), firstName = "Testi", lastName = LastName, municipality = "Esikylä" });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                    return;
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(seconds));
        app.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
        await app.WaitForExitAsync();
        var killedAt = acknowledged.Count;
        stop.Cancel();
        await Task.WhenAll(load);

        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseWorkAbilityDatabase(provider, connection);
        await using var db = new AppDbContext(options.Options);
        var ids = acknowledged.ToHashSet();
        var stored = await db.Clients.Where(c => c.LastName == LastName).Select(c => c.Id).ToListAsync();
        int missing = ids.Count(id => !stored.Contains(id));
        int withoutEntry = await db.Clients.CountAsync(c => c.LastName == LastName &&
            !db.AccessLog.Any(e => e.ClientId == c.Id && e.Action == AccessAction.Create && e.Allowed));
        var keys = new AccessLogKeyring([("crash", Convert.FromBase64String(key))], "crash");
        var verification = await new WorkAbility.Web.Features.AccessLog.AccessLogVerification.Handler(db,
            new AccessLogSealer(db, keys, TimeProvider.System, NullLogger<AccessLogSealer>.Instance), keys).Handle(CancellationToken.None);

        Console.WriteLine($"provider: {provider}, writers: {writers}, killed after {seconds} s");
        Console.WriteLine($"create requests sent: {attempts}; acknowledged (201) before the kill: {killedAt}; connections cut: {failures}");
        Console.WriteLine($"clients found in the database: {stored.Count} (committed but never acknowledged: {stored.Count - ids.Count + missing})");
        Console.WriteLine($"acknowledged but missing: {missing}");
        Console.WriteLine($"clients without their Create entry: {withoutEntry}");
        Console.WriteLine($"access log after the crash: valid={verification.Valid}, entries={verification.Entries}, pending={verification.Pending}");
        foreach (var http in clients)
        {
            http.Dispose();
        }
        if (provider is DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
        return missing == 0 && withoutEntry == 0 && verification.Valid ? 0 : 1;
    }

    private static async Task WaitHealthy(Uri baseAddress)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        for (int i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The app did not become healthy.");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkAbility.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
