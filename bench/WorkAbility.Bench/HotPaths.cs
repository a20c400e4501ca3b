using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace WorkAbility.Bench;

/// <summary>
/// The everyday pages and endpoints under load, against a running app (a separate process, Release,
/// on PostgreSQL): for each hot path p50/p99 and requests per second at each concurrency, and as the
/// baseline the path's fundamental SQL run directly with Npgsql at the same concurrency (rows read
/// and written as JSON). The ratio app/raw is the result; run it at each county size (seed first).
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- hot-paths --url http://127.0.0.1:5080 --connection "…" [--seconds 5] [--users 1,16] [--only desk,worklist]</code>
/// </summary>
public static class HotPaths
{
    private sealed record HotPath(string Name, string Username, string Url, string Sql, object?[] Parameters);

    private sealed record Result(int Requests, double Seconds, double P50, double P99, int Failures)
    {
        public double PerSecond => Requests / Seconds;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = new Uri(Arg("--url", "http://127.0.0.1:5080"));
        var connection = Arg("--connection", "");
        var seconds = double.Parse(Arg("--seconds", "5"), CultureInfo.InvariantCulture);
        var concurrency = Arg("--users", "1,16").Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList();
        var only = Arg("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        await using var source = NpgsqlDataSource.Create(connection);

        var paths = (await Paths(source)).Where(p => only.Count == 0 || only.Contains(p.Name)).ToList();
        Console.WriteLine($"clients in the database: {await Scalar(source, "SELECT count(*) FROM clients"):N0}; {seconds} s per run; users {string.Join(",", concurrency)}");
        Console.WriteLine("| path | users | app p50 ms | app p99 ms | app req/s | raw SQL p50 ms | raw req/s | app/raw |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var path in paths)
        {
            foreach (var users in concurrency)
            {
                var clients = new List<HttpClient>();
                for (int i = 0; i < users; i++)
                {
                    clients.Add(await SignedIn(url, path.Username));
                }
                await Run(users, 1, _ => Get(clients[0], path.Url));   // warm-up
                var app = await Run(users, seconds, i => Get(clients[i], path.Url));
                var raw = await Run(users, seconds, _ => Raw(source, path));
                var failed = app.Failures > 0 ? $" {app.Failures} failed" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {path.Name} | {users} | {app.P50:F1} | {app.P99:F1} | {app.PerSecond:F0} | {raw.P50:F2} | {raw.PerSecond:F0} | {app.PerSecond / raw.PerSecond:F2} |{failed}"));
                foreach (var c in clients)
                {
                    c.Dispose();
                }
            }
        }
        return 0;
    }

    /// <summary>The paths, with the demo professional whose caseload is largest for each, and ids found in the database.</summary>
    private static async Task<List<HotPath>> Paths(NpgsqlDataSource source)
    {
        var sari = (Guid)(await Scalar(source, "SELECT \"Id\" FROM professionals WHERE \"Username\" = 'sari.koordinaattori'"))!;
        var sariOrg = (Guid)(await Scalar(source, "SELECT \"OrganisationId\" FROM professionals WHERE \"Username\" = 'sari.koordinaattori'"))!;
        var holder = (string)(await Scalar(source,
            "SELECT p.\"Username\" FROM case_risk_states s JOIN professionals p ON p.\"Id\" = s.\"HolderId\" GROUP BY p.\"Username\" ORDER BY count(*) DESC LIMIT 1"))!;
        var holderId = (Guid)(await Scalar(source, $"SELECT \"Id\" FROM professionals WHERE \"Username\" = '{holder}'"))!;
        var client = (Guid)(await Scalar(source,
            $"SELECT \"ClientId\" FROM support_cases WHERE \"CoordinatorId\" = '{sari}' AND \"Stage\" <> 'Ended' ORDER BY \"Id\" LIMIT 1"))!;
        var lastName = (string)(await Scalar(source, $"SELECT \"LastName\" FROM clients WHERE \"Id\" = '{client}'"))!;
        var term = lastName[..Math.Min(5, lastName.Length)];
        // The provider whose inbox is fullest, and the professional with the most notifications.
        var (provider, providerOrg) = await Pair(source, """
            SELECT p."Username", p."OrganisationId" FROM professionals p
            JOIN (SELECT "ToOrganisationId" AS org, count(*) AS n FROM referrals WHERE "Status" IN ('Sent', 'Received', 'Accepted', 'Started')
                  GROUP BY 1 ORDER BY 2 DESC LIMIT 1) o ON o.org = p."OrganisationId"
            ORDER BY p."Username" LIMIT 1
            """);
        var (notified, notifiedId) = await Pair(source, """
            SELECT p."Username", p."Id" FROM professionals p
            JOIN (SELECT "RecipientId" AS id FROM notifications GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) n ON n.id = p."Id"
            """);
        const string CaseColumns = "c.\"Id\", cl.\"FirstName\", cl.\"LastName\", c.\"Stage\", c.\"Path\", c.\"StageChangedAt\"";
        return
        [
            new("client-api", "sari.koordinaattori", $"/api/clients/{client}", "SELECT * FROM clients WHERE \"Id\" = $1", [client]),
            new("client-page", "sari.koordinaattori", $"/asiakkaat/{client}",
                "SELECT cl.*, c.* FROM clients cl LEFT JOIN support_cases c ON c.\"ClientId\" = cl.\"Id\" WHERE cl.\"Id\" = $1", [client]),
            new("desk", "sari.koordinaattori", "/tyopoyta",
                $"SELECT {CaseColumns} FROM support_cases c JOIN clients cl ON cl.\"Id\" = c.\"ClientId\" WHERE c.\"CoordinatorId\" = $1 AND c.\"Stage\" <> 'Ended' ORDER BY c.\"StageChangedAt\" LIMIT 50", [sari]),
            new("worklist-api", holder, "/api/worklist",
                "SELECT * FROM case_risk_states WHERE \"HolderId\" = $1 ORDER BY \"UrgentOn\", \"RiskCount\" DESC, \"LastName\", \"FirstName\", \"SupportCaseId\" LIMIT 50", [holderId]),
            new("worklist-page", holder, "/tyolista",
                "SELECT * FROM case_risk_states WHERE \"HolderId\" = $1 ORDER BY \"UrgentOn\", \"RiskCount\" DESC, \"LastName\", \"FirstName\", \"SupportCaseId\" LIMIT 50", [holderId]),
            new("risk-counts", "sari.koordinaattori", "/api/risks/counts",
                "SELECT \"Key\", \"Count\" FROM case_tallies WHERE \"Kind\" = 'OrganisationRisks' AND \"ScopeId\" = $1 AND \"Count\" <> 0", [sariOrg]),
            new("client-search", "sari.koordinaattori", $"/api/clients?query={Uri.EscapeDataString(term)}",
                "SELECT * FROM clients WHERE \"Id\" IN (SELECT \"Id\" FROM clients WHERE (\"FirstName\" || ' ' || \"LastName\" || ' ' || \"FirstName\") ILIKE $1 LIMIT 201) " +
                "ORDER BY \"LastName\", \"FirstName\", \"Id\" LIMIT 50", ["%" + term + "%"]),
            new("referral-inbox", provider, "/api/referrals/inbox",
                "SELECT * FROM referrals WHERE \"ToOrganisationId\" = $1 AND \"Status\" IN ('Sent', 'Received', 'Accepted', 'Started') ORDER BY \"SentAt\", \"Id\" LIMIT 50",
                [providerOrg]),
            new("notifications", notified, "/api/notifications",
                "SELECT * FROM notifications WHERE \"RecipientId\" = $1 ORDER BY \"CreatedAt\" DESC LIMIT 100", [notifiedId]),
            new("home", "sari.koordinaattori", "/",
                "SELECT \"Stage\", \"Path\", count(*) FROM support_cases WHERE \"Stage\" <> 'Ended' GROUP BY \"Stage\", \"Path\"", []),
            new("catalogue-api", "sari.koordinaattori", "/api/services?query=valmennus",
                "SELECT * FROM catalogue_services WHERE \"Name\" ILIKE $1 LIMIT 50", ["%valmennus%"]),
        ];
    }

    private static async Task<(string, Guid)> Pair(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetGuid(1));
    }

    private static async Task<object?> Scalar(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    internal static async Task<HttpClient> SignedIn(Uri url, string username)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = url };
        (await http.PostAsJsonAsync("/auth/demo/sign-in", new { username })).EnsureSuccessStatusCode();
        return http;
    }

    internal static async Task<bool> Get(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>The baseline: the path's SQL through Npgsql, every row read and written as JSON, as a bare endpoint would.</summary>
    private static async Task<bool> Raw(NpgsqlDataSource source, HotPath path)
    {
        await using var command = source.CreateCommand(path.Sql);
        foreach (var p in path.Parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(reader.FieldCount);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rows);
        return true;
    }

    private static async Task<Result> Run(int users, double seconds, Func<int, Task<bool>> once)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var latencies = new List<double>[users];
        int failures = 0;
        await Task.WhenAll(Enumerable.Range(0, users).Select(async u =>
        {
            var mine = latencies[u] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var t = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await once(u);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var took = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Result(all.Count, took, Percentile(all, 0.50), Percentile(all, 0.99), failures);
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
