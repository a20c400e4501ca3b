using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;

namespace WorkAbility.Bench;

/// <summary>
/// What writing the access log costs reads under concurrency: <c>users</c> signed-in users read a
/// client (one access-log entry each) for <c>seconds</c>, against two baselines in the same run: the
/// same client read with its entry withheld (everything else the read does – session, client, access
/// decision – the same; a bench-only interceptor drops the entry before it is saved) and the same users
/// reading the service catalogue (no client data at all). The ratios are the result; then the log is
/// verified (everything written is sealed and valid).
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- logged-reads [--provider Postgres --connection "…"] [--seconds 10] [--users 16]</code>
/// </summary>
public static class LoggedReads
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "Sqlite");
        var file = Path.Combine(Path.GetTempPath(), $"workability-reads-{Guid.NewGuid():N}.db");
        var connection = Arg("--connection", $"Data Source={file}");
        var seconds = double.Parse(Arg("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture);
        var users = int.Parse(Arg("--users", "16"), System.Globalization.CultureInfo.InvariantCulture);

        var withheld = new WithheldAccessLog();
        await using var app = new BenchApp(connection, provider,
            services: s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(withheld));
        var clients = new List<HttpClient>();
        for (int i = 0; i < users; i++)
        {
            var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
            (await http.PostAsJsonAsync("/auth/demo/sign-in", new { username = "hanna.hoitaja" })).EnsureSuccessStatusCode();
            clients.Add(http);
        }
        Guid client;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            client = await db.Clients.Where(c => c.LastName == "Mallikas").Select(c => c.Id).FirstAsync();
        }
        var logged = new Uri($"/api/clients/{client}", UriKind.Relative);
        var unlogged = new Uri("/api/services?query=valmennus", UriKind.Relative);
        await Load(clients, logged, 2);   // warm-up
        await Load(clients, unlogged, 2);
        var baseline = await Load(clients, unlogged, seconds);
        withheld.Withhold = true;
        await Load(clients, logged, 2);
        var sameWithoutLog = await Load(clients, logged, seconds);
        withheld.Withhold = false;
        await Load(clients, logged, 2);
        var measured = await Load(clients, logged, seconds);

        var admin = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await admin.PostAsJsonAsync("/auth/demo/sign-in", new { username = "pekka.paakayttaja" })).EnsureSuccessStatusCode();
        var verification = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/access-log/verify");

        Console.WriteLine($"provider: {provider}, users: {users}, {seconds} s each");
        Console.WriteLine($"baseline — catalogue reads (no access log): {baseline:F0} req/s");
        Console.WriteLine($"baseline — the same client reads, entry withheld: {sameWithoutLog:F0} req/s ({withheld.Dropped:N0} entries withheld)");
        Console.WriteLine($"client reads (one access-log entry each):   {measured:F0} req/s");
        Console.WriteLine($"ratio logged / the same read without the log: {measured / sameWithoutLog:F2} (goal ≥ 0.6)");
        Console.WriteLine($"ratio logged / catalogue: {measured / baseline:F2}");
        Console.WriteLine($"access log: valid={verification.GetProperty("valid")}, entries={verification.GetProperty("entries")}, pending={verification.GetProperty("pending")}");
        if (provider == "Sqlite")
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
        return verification.GetProperty("valid").GetBoolean() ? 0 : 1;
    }

    private static async Task<double> Load(List<HttpClient> clients, Uri uri, double seconds)
    {
        long done = 0;
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(clients.Select(http => Task.Run(async () =>
        {
            while (watch.Elapsed < until)
            {
                using var response = await http.GetAsync(uri);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref done);
            }
        })));
        return done / watch.Elapsed.TotalSeconds;
    }
}

/// <summary>The "same read without logging" baseline: drops the access-log entries a request is about to save. Bench only.</summary>
internal sealed class WithheldAccessLog : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
{
    private long dropped;

    public volatile bool Withhold;

    public long Dropped => Interlocked.Read(ref dropped);

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
        Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Withhold && eventData.Context is { } context)
        {
            foreach (var entry in context.ChangeTracker.Entries<WorkAbility.Domain.Access.AccessLogEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
                Interlocked.Increment(ref dropped);
            }
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
