using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;

namespace WorkAbility.Bench;

/// <summary>
/// G6 of the scale issue: the client page's p95 while the county works around it, against its p95 alone in the
/// same run. Alone: <c>users</c> people read the client page. Mixed: the same people, every tenth request of each a
/// write (a client registered), while a manager keeps the dashboards busy (statistics page, risk counts, home).
/// Only the client page's own latencies are compared; goal: mixed ≤ 2× alone.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- mixed-load --url http://127.0.0.1:5080 --connection "…" [--seconds 10] [--users 16]</code>
/// </summary>
public static class MixedLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = new Uri(Arg("--url", "http://127.0.0.1:5080"));
        var seconds = double.Parse(Arg("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture);
        var users = int.Parse(Arg("--users", "16"), System.Globalization.CultureInfo.InvariantCulture);
        await using var source = NpgsqlDataSource.Create(Arg("--connection", ""));
        await using var find = source.CreateCommand(
            "SELECT \"ClientId\" FROM support_cases WHERE \"CoordinatorId\" = (SELECT \"Id\" FROM professionals WHERE \"Username\" = 'sari.koordinaattori') " +
            "AND \"Stage\" <> 'Ended' ORDER BY \"Id\" LIMIT 1");
        var client = (Guid)(await find.ExecuteScalarAsync())!;
        var page = $"/asiakkaat/{client}";
        var people = new List<HttpClient>();
        for (int i = 0; i < users; i++)
        {
            people.Add(await HotPaths.SignedIn(url, "sari.koordinaattori"));
        }
        var manager = await HotPaths.SignedIn(url, "johanna.johtaja");
        await Phase(people, page, 2, writes: false, dashboards: null);   // warm-up

        var alone = await Phase(people, page, seconds, writes: false, dashboards: null);
        var mixed = await Phase(people, page, seconds, writes: true, dashboards: manager);
        Console.WriteLine($"client page, {users} users, {seconds} s each");
        Console.WriteLine($"alone: p50 {alone.P50:F1} ms, p95 {alone.P95:F1} ms, {alone.Reads} reads");
        Console.WriteLine($"mixed: p50 {mixed.P50:F1} ms, p95 {mixed.P95:F1} ms, {mixed.Reads} reads, {mixed.Writes} writes ({mixed.WriteFailures} failed), {mixed.Dashboards} dashboard views");
        Console.WriteLine($"ratio p95 mixed / alone: {mixed.P95 / alone.P95:F2} (goal ≤ 2)");
        return 0;
    }

    private sealed record Outcome(double P50, double P95, int Reads, int Writes, int WriteFailures, int Dashboards);

    private static async Task<Outcome> Phase(List<HttpClient> people, string page, double seconds, bool writes, HttpClient? dashboards)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var latencies = new List<double>[people.Count];
        int written = 0, writeFailures = 0, views = 0;
        var work = people.Select(async (http, u) =>
        {
            var mine = latencies[u] = [];
            for (int n = 0; Stopwatch.GetTimestamp() < until; n++)
            {
                if (writes && n % 10 == 9)
                {
                    // A new person registered: a birth date in 1905 and a number no generated client has.
                    int k = Interlocked.Increment(ref written);
                    var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1905, 1, 1).AddDays(k % 365), 2 + (k / 365 % 897)).Value;
                    using var response = await http.PostAsJsonAsync("/api/clients",
                        new { personalIdentityCode = code, firstName = "Kuorma", lastName = "Testaaja", municipality = "Esikylä" });
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref writeFailures);
                    }
                    continue;
                }
                var t = Stopwatch.GetTimestamp();
                await HotPaths.Get(http, page);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }).ToList();
        if (dashboards is not null)
        {
            work.Add(Task.Run(async () =>
            {
                string[] boards = ["/tilastot", "/api/risks/counts", "/"];
                for (int n = 0; Stopwatch.GetTimestamp() < until; n++)
                {
                    await HotPaths.Get(dashboards, boards[n % boards.Length]);
                    Interlocked.Increment(ref views);
                }
            }));
        }
        await Task.WhenAll(work);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Outcome(HotPaths.Percentile(all, 0.50), HotPaths.Percentile(all, 0.95), all.Count, written, writeFailures, views);
    }
}
