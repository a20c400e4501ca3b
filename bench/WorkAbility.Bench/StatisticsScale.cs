using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Web.Features.Statistics;

namespace WorkAbility.Bench;

/// <summary>
/// The decision-makers' view at national scale on PostgreSQL: <c>cases</c> support cases with
/// <c>events-per-case</c> timeline events each (1,000,000 and 10 by default) are generated in SQL; the
/// rollup is built once (timed), then kept up after 1,000 cases change (timed). The dashboard's answer
/// (<c>GET /api/statistics/overview</c>, the whole county, twelve months) is timed against its baseline in
/// the same run: the same figures computed live from the cases and events. The ratio is the result.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- statistics-scale --connection "Host=…;Database=…" [--cases 1000000] [--events-per-case 10]</code>
/// </summary>
public static class StatisticsScale
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var connection = Arg("--connection", "");
        if (connection.Length == 0)
        {
            Console.Error.WriteLine("statistics-scale needs --connection to an empty PostgreSQL database.");
            return 2;
        }
        int cases = int.Parse(Arg("--cases", "1000000"), CultureInfo.InvariantCulture);
        int perCase = int.Parse(Arg("--events-per-case", "10"), CultureInfo.InvariantCulture);

        await using var app = new BenchApp(connection, "Postgres", new Dictionary<string, string>
        {
            ["Demo:HistoryClients"] = "0", ["Statistics:Enabled"] = "false", ["Reminders:Enabled"] = "false",
        });
        _ = app.Services;
        var watch = Stopwatch.StartNew();
        await Generate(connection, cases, perCase);
        Console.WriteLine($"generated {await Count(connection, "support_cases"):N0} cases, {await Count(connection, "case_events"):N0} events in {watch.Elapsed.TotalSeconds:F0} s");

        watch.Restart();
        var first = await Rollup(app);
        Console.WriteLine($"rollup built from scratch: {first.CasesCounted:N0} cases, {first.CellsChanged:N0} cells in {watch.Elapsed.TotalSeconds:F0} s");
        await Execute(connection, "UPDATE support_cases SET \"LastActivityAt\" = now() WHERE \"Id\" IN (SELECT \"Id\" FROM support_cases ORDER BY \"Id\" DESC LIMIT 1000)");
        watch.Restart();
        var kept = await Rollup(app);
        Console.WriteLine($"rollup kept up: {kept.CasesCounted:N0} changed cases, {kept.CellsChanged:N0} cells in {watch.Elapsed.TotalMilliseconds:F0} ms");
        long cells;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            cells = await scope.ServiceProvider.GetRequiredService<AppDbContext>().StatisticsCells.LongCountAsync();
        }

        var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await http.PostAsJsonAsync("/auth/demo/sign-in", new { username = "paivi.paattaja" })).EnsureSuccessStatusCode();
        var dashboard = await Median(5, async () => (await http.GetAsync("/api/statistics/overview")).EnsureSuccessStatusCode());
        // The live queries scan every case and event; at national scale one run is minutes, so it runs once.
        var live = await Once(() => LiveFigures(connection));
        Console.WriteLine($"rollup cells: {cells:N0}");
        Console.WriteLine($"baseline — the same figures computed live from cases and events: {live:F0} ms (one run)");
        Console.WriteLine($"dashboard from the rollup (county, 12 months, all figures):     {dashboard:F0} ms (median of 5)");
        Console.WriteLine($"ratio dashboard / live: {dashboard / live:P2}");
        return 0;
    }

    private static async Task<StatisticsRollup.Round> Rollup(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RunOnce(CancellationToken.None);
    }

    private static async Task<double> Once(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> Median(int runs, Func<Task> work)
    {
        await work();   // warm-up
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(runs / 2);
    }

    /// <summary>
    /// The overview's main figures the way one would compute them without a rollup: inflow by month and
    /// channel, cases per stage at each month's end, lead time to the coordinator (median, 90 %), outcomes.
    /// </summary>
    private static async Task LiveFigures(string connection)
    {
        string[] queries =
        [
            """
            SELECT date_trunc('month', c."OpenedAt"), cl."Municipality", c."Path", co."Channel", count(*)
            FROM support_cases c JOIN clients cl ON cl."Id" = c."ClientId" LEFT JOIN concerns co ON co."SupportCaseId" = c."Id"
            WHERE c."OpenedAt" >= now() - interval '12 months' GROUP BY 1, 2, 3, 4
            """,
            """
            SELECT m, s.stage, count(*) FROM generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') m
            CROSS JOIN LATERAL (
                SELECT DISTINCT ON (e."SupportCaseId") e."ToStage" AS stage FROM case_events e
                WHERE e."OccurredAt" < m + interval '1 month' AND e."ToStage" IS NOT NULL
                ORDER BY e."SupportCaseId", e."OccurredAt" DESC) s
            WHERE s.stage <> 'Ended' GROUP BY 1, 2
            """,
            """
            SELECT date_trunc('month', e."OccurredAt"), percentile_cont(0.5) WITHIN GROUP (ORDER BY e."OccurredAt" - c."OpenedAt"),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY e."OccurredAt" - c."OpenedAt")
            FROM case_events e JOIN support_cases c ON c."Id" = e."SupportCaseId"
            WHERE e."Kind" = 'CoordinatorAssigned' AND e."OccurredAt" >= now() - interval '12 months' GROUP BY 1
            """,
            """
            SELECT date_trunc('month', "EndedAt"), "Path", "Outcome", count(*) FROM support_cases
            WHERE "EndedAt" >= now() - interval '12 months' GROUP BY 1, 2, 3
            """,
        ];
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        foreach (var sql in queries)
        {
            await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 1800 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
    }

    private static async Task<long> Count(string connection, string table)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Execute(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Clients with valid temporary identity codes, one case each opened over the last 18 months at the
    /// demo county's sote-centres, a first concern, and a timeline that moves along the path: a tenth
    /// ended, the rest spread over the stages.
    /// </summary>
    private static Task Generate(string connection, int cases, int perCase) => Execute(connection, $"""
        CREATE TEMP TABLE o AS SELECT
            (SELECT "Id" FROM organisations WHERE "Name" LIKE 'Esikylän sote%') AS esikyla,
            (SELECT "Id" FROM organisations WHERE "Name" LIKE 'Mallilan sote%') AS mallila,
            (SELECT "Id" FROM professionals WHERE "Username" = 'sari.koordinaattori') AS sari,
            (SELECT "Id" FROM professionals WHERE "Username" = 'jukka.koordinaattori') AS jukka,
            (SELECT "Id" FROM professionals WHERE "Username" = 'hanna.hoitaja') AS hanna;
        CREATE TEMP TABLE g AS
        SELECT i, gen_random_uuid() AS client_id, gen_random_uuid() AS case_id,
               date '1965-01-01' + (i / 100) AS birth, 900 + i % 100 AS num,
               now() - make_interval(days => ((i::bigint * 7919) % 540)::int, hours => i % 10) AS opened,
               CASE WHEN i % 5 < 3 THEN o.esikyla ELSE o.mallila END AS org,
               CASE WHEN i % 5 < 3 THEN o.sari ELSE o.jukka END AS coordinator,
               CASE WHEN i % 5 < 3 THEN 'Esikylä' ELSE 'Mallila' END AS municipality,
               (ARRAY['Unemployed','Unemployed','EmployedWithoutOccupationalHealth','Unemployed','EmployedWithOccupationalHealth'])[1 + i % 5] AS path,
               (ARRAY['Phone','Visit','Chat','OmaoloResult','ProfessionalWithConsent','Phone','Visit'])[1 + i % 7] AS channel,
               least({perCase}, 2 + (i * 31) % 12) AS steps
        FROM generate_series(0, {cases - 1}) i CROSS JOIN o;
        ALTER TABLE g ADD COLUMN code text;
        UPDATE g SET code = to_char(birth, 'DDMMYY') || '-' || num || substr('0123456789ABCDEFHJKLMNPRSTUVWXY', ((to_char(birth, 'DDMMYY') || num)::bigint % 31)::int + 1, 1);
        -- The story clients already hold two of these codes.
        DELETE FROM g WHERE code IN (SELECT "PersonalIdentityCode" FROM clients);

        INSERT INTO clients ("Id", "CreatedAt", "FirstName", "LastName", "Municipality", "PersonalIdentityCode", "RegisteredAtOrganisationId", "Version")
        SELECT client_id, opened, 'Testi', 'Asiakas' || i, municipality, code, org, gen_random_uuid()
        FROM g;

        CREATE TEMP TABLE s AS
        SELECT g.*, k, (ARRAY['Concern','SeekingService','NeedAssessment','CoordinatorAssessment','Team','Services','FollowUp','FollowUp','FollowUp','Ended'])[least(k, 9) + 1] AS stage,
               opened + make_interval(days => k * (3 + i % 11)) AS at
        FROM g CROSS JOIN LATERAL generate_series(0, steps - 1) k;
        DELETE FROM s WHERE at > now();
        CREATE TEMP TABLE last AS SELECT DISTINCT ON (i) i, stage, at, k FROM s ORDER BY i, k DESC;

        INSERT INTO support_cases ("Id", "ClientId", "Path", "Stage", "OpenedAtOrganisationId", "OpenedAt", "StageChangedAt", "LastActivityAt", "EndedAt", "Outcome", "CoordinatorId", "Version")
        SELECT g.case_id, g.client_id, g.path, last.stage, g.org, g.opened, last.at, last.at,
               CASE WHEN last.stage = 'Ended' THEN last.at END,
               CASE WHEN last.stage = 'Ended' THEN (ARRAY['Employed','InEducation','Rehabilitation','Pension','SupportNoLongerNeeded','Other'])[1 + g.i % 6] END,
               CASE WHEN last.k >= 3 THEN g.coordinator END,
               gen_random_uuid()
        FROM g JOIN last ON last.i = g.i;

        INSERT INTO concerns ("Id", "SupportCaseId", "Source", "Channel", "Description", "NoticedOn", "RecordedById", "RecordedAt")
        SELECT gen_random_uuid(), case_id, 'Client', channel, 'Huoli työkyvystä', opened::date,
               o.hanna, opened
        FROM g CROSS JOIN o;

        INSERT INTO case_events ("Id", "SupportCaseId", "Kind", "OccurredAt", "FromStage", "ToStage", "ActorId")
        SELECT gen_random_uuid(), case_id,
               CASE WHEN k = 0 THEN 'Opened' WHEN stage = 'Ended' THEN 'Ended' ELSE 'Advanced' END,
               at, CASE WHEN k > 0 THEN (ARRAY['Concern','SeekingService','NeedAssessment','CoordinatorAssessment','Team','Services','FollowUp','FollowUp','FollowUp','Ended'])[least(k - 1, 9) + 1] END,
               stage, NULL
        FROM s;
        -- The milestones the statistics read, beside the stage moves, up to the events each case is given.
        INSERT INTO case_events ("Id", "SupportCaseId", "Kind", "OccurredAt", "FromStage", "ToStage", "ActorId")
        SELECT gen_random_uuid(), case_id,
               CASE k WHEN 3 THEN 'CoordinatorAssigned' WHEN 4 THEN 'TeamFormed' WHEN 5 THEN 'PlanSaved' ELSE 'FollowUpContactRecorded' END,
               at, stage, stage, NULL
        FROM s WHERE k >= 3 AND stage <> 'Ended';
        ANALYZE;
        """);
}
