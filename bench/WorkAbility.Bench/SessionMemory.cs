using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkAbility.Bench;

/// <summary>
/// What a signed-in session costs the app's memory: <c>sessions</c> people sign in and each reads a page
/// (their session checked and kept alive), against the same app after one signed-in session in the same run.
/// The caller keeps no session's cookie after its first read, so the difference is the app's.
/// The goal of the scale issue: at most 50 KB per session at 2,000 sessions.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- session-memory [--sessions 2000] [--provider Postgres --connection "…"]</code>
/// </summary>
public static class SessionMemory
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "Sqlite");
        var file = Path.Combine(Path.GetTempPath(), $"workability-sessions-{Guid.NewGuid():N}.db");
        var connection = Arg("--connection", $"Data Source={file}");
        var sessions = int.Parse(Arg("--sessions", "2000"), System.Globalization.CultureInfo.InvariantCulture);
        string[] people = ["hanna.hoitaja", "sari.koordinaattori", "teemu.tyollisyys", "lauri.laakari"];

        await using var app = new BenchApp(connection, provider);
        // One client without cookie handling: each request carries the session's own cookie, nothing is kept per session here but it.
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        async Task<string> SignIn(string username)
        {
            using var response = await http.PostAsJsonAsync("/auth/demo/sign-in", new { username });
            response.EnsureSuccessStatusCode();
            return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }
        async Task Read(string cookie)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications");
            request.Headers.Add("Cookie", cookie);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        // Warm: 200 sessions run every code path and fill the pools and caches; then the baseline. The caller keeps no
        // cookie after a session's first read (the session lives on in the app), so the heap's growth is the app's.
        const int Warm = 200;
        for (int i = 0; i < Warm; i++)
        {
            await Read(await SignIn(people[i % people.Length]));
        }
        long baseline = Settled();
        var watch = Stopwatch.StartNew();
        var last = "";
        for (int i = 0; i < sessions; i++)
        {
            last = await SignIn(people[i % people.Length]);
            await Read(last);
        }
        var signInTime = watch.Elapsed;
        long after = Settled();
        await Read(last);
        double perSession = (after - baseline) / (double)sessions;
        Console.WriteLine($"provider: {provider}; {sessions} sessions after {Warm} warm ones, each signed in and read a page, in {signInTime.TotalSeconds:F1} s");
        Console.WriteLine($"managed heap before: {baseline / 1024.0 / 1024.0:F2} MB; after: {after / 1024.0 / 1024.0:F2} MB");
        Console.WriteLine($"per session in the app: {perSession / 1024.0:F2} KB (goal ≤ 50 KB)");
        if (provider == "Sqlite")
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
        return perSession <= 50 * 1024 ? 0 : 1;
    }

    private static long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
