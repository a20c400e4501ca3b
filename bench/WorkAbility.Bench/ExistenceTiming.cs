using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;

namespace WorkAbility.Bench;

/// <summary>
/// Does a denied read of an existing client take as long as a read of an id that does not exist?
/// If it did not, the answer time would tell another organisation who is a client. Runs the real
/// app in process (SQLite file, demo county), signs in as the employment expert (no relationship
/// to Matti Mallikas), and times interleaved pairs — the order inside each pair alternates — of
/// <c>GET /api/clients/{Matti}</c> and <c>GET /api/clients/{random id}</c>; both answer 404.
/// Reports the medians and the median of the per-pair differences with its ratio to the median.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- existence-timing [pairs] [fhir]</code>
/// With <c>fhir</c> the pair is a FHIR search by identity code: <c>GET /fhir/r4/Patient?identifier=urn:oid:1.2.246.21|…</c>
/// of Matti's code against a valid code of nobody; both answer an empty searchset.
/// </summary>
public static class ExistenceTiming
{
    public static async Task<int> RunAsync(int pairs, bool fhir = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"workability-timing-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new BenchApp($"Data Source={file}");
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
            (await client.PostAsJsonAsync("/auth/demo/sign-in", new { username = "teemu.tyollisyys" })).EnsureSuccessStatusCode();
            Guid existing;
            string existingCode;
            var codesInUse = new HashSet<string>();
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var matti = await db.Clients.Where(c => c.LastName == "Mallikas").Select(c => new { c.Id, c.PersonalIdentityCode }).FirstAsync();
                (existing, existingCode) = (matti.Id, matti.PersonalIdentityCode.Value);
                codesInUse.UnionWith((await db.Clients.Select(c => c.PersonalIdentityCode).ToListAsync()).Select(c => c.Value));
            }
            var random = new Random(7);
            string Nobody()
            {
                while (true)
                {
                    var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1960, 1, 1).AddDays(random.Next(15000)), 900 + random.Next(100)).Value;
                    if (!codesInUse.Contains(code))
                    {
                        return code;
                    }
                }
            }
            Func<Task<double>> timeExisting = fhir ? () => TimeFhir(client, existingCode) : () => Time(client, existing);
            Func<Task<double>> timeMissing = fhir ? () => TimeFhir(client, Nobody()) : () => Time(client, Guid.NewGuid());
            // Warm up both paths (JIT, pools, query caches) before timing.
            for (int i = 0; i < 50; i++)
            {
                await timeExisting();
                await timeMissing();
            }
            var denied = new List<double>(pairs);
            var missing = new List<double>(pairs);
            var differences = new List<double>(pairs);
            for (int i = 0; i < pairs; i++)
            {
                double a, b;
                if (i % 2 == 0)
                {
                    a = await timeExisting();
                    b = await timeMissing();
                }
                else
                {
                    b = await timeMissing();
                    a = await timeExisting();
                }
                denied.Add(a);
                missing.Add(b);
                differences.Add(a - b);
            }
            double medianDenied = Median(denied), medianMissing = Median(missing), medianDifference = Median(differences);
            Console.WriteLine($"pairs: {pairs}{(fhir ? " (FHIR Patient search by identity code)" : "")}");
            Console.WriteLine($"denied existing client: median {medianDenied:F3} ms");
            Console.WriteLine($"non-existent id:        median {medianMissing:F3} ms");
            Console.WriteLine($"median of pair differences (denied − missing): {medianDifference:F3} ms = {medianDifference / medianMissing:P1} of the median");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private static async Task<double> Time(HttpClient client, Guid id)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative));
        watch.Stop();
        if ((int)response.StatusCode != 404)
        {
            throw new InvalidOperationException($"Expected 404, got {(int)response.StatusCode}.");
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeFhir(HttpClient client, string code)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri($"/fhir/r4/Patient?identifier=urn:oid:1.2.246.21|{code}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if ((int)response.StatusCode != 200 || body.Contains("\"resourceType\":\"Patient\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected an empty searchset, got {(int)response.StatusCode}.");
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>The app in process on a database of its own, with the demo county and demo sign-in.</summary>
internal sealed class BenchApp(string connectionString, string provider = "Sqlite", IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    // The host's content root (settings, screening rules, questionnaires) is the web project's folder.
    static BenchApp() => Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WORKABILITY_WEB",
        Path.Combine(CrashTest.RepositoryRoot(), "src", "WorkAbility.Web"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:WorkAbility", connectionString);
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Demo:SeedData", "true");
        builder.UseSetting("Auth:Mode", "Demo");
        // One known key for every bench run: the bench databases are used again and again, and a stretch of the chain sealed
        // with a key thrown away after its run could never be verified again (a benchmark's key, never a county's).
        builder.UseSetting("AccessLog:Keys:bench", Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("WorkAbility bench access-log key"u8)));
        builder.UseSetting("AccessLog:CurrentKeyId", "bench");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
