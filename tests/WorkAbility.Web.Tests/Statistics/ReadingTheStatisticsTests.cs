using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Web.Features.Statistics;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Statistics;

/// <summary>
/// The decision-makers' view through HTTP on both providers: who may see it, that no figure under
/// five leaves the server in any format, that bad filters get a clear answer, and that the rollup
/// kept up change by change equals one counted from scratch.
/// </summary>
public class ReadingTheStatisticsTests(PostgresCluster cluster)
{
    private const string Manager = "johanna.johtaja";
    private const string DecisionMaker = "paivi.paattaja";

    /// <summary>Enough of a county that its monthly slices are not all under five.</summary>
    private const int CountySize = 800;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ManagersAndDecisionMakers_SeeFigures_NobodyElse(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: CountySize);
        await Rollup(app);
        var ct = TestContext.Current.CancellationToken;

        foreach (var someoneElse in new[] { DemoActors.SoteNurse, "sari.koordinaattori", "pekka.paakayttaja" })
        {
            var client = await app.SignedInAs(someoneElse);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/statistics/overview", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/statistics/overview.csv", ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tilastot", ct)).StatusCode);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/statistics/overview", ct)).StatusCode);

        var manager = await app.SignedInAs(Manager);
        var own = await manager.GetFromJsonAsync<JsonElement>("/api/statistics/overview", ct);
        await using var db = app.NewDbContext();
        var ownOrganisation = await db.Professionals.Where(p => p.Username == Manager).Select(p => p.OrganisationId).SingleAsync(ct);
        Assert.Equal(ownOrganisation, own.GetProperty("filter").GetProperty("organisationId").GetGuid());
        // A manager cannot widen the view to another organisation by asking.
        var other = await db.Organisations.Where(o => o.Id != ownOrganisation).Select(o => o.Id).FirstAsync(ct);
        var asked = await manager.GetFromJsonAsync<JsonElement>($"/api/statistics/overview?organisation={other}", ct);
        Assert.Equal(ownOrganisation, asked.GetProperty("filter").GetProperty("organisationId").GetGuid());

        var county = await (await app.SignedInAs(DecisionMaker)).GetFromJsonAsync<JsonElement>("/api/statistics/overview", ct);
        Assert.Equal(JsonValueKind.Null, county.GetProperty("filter").GetProperty("organisationId").ValueKind);
        var inflow = Value(county, "inflow.channel", null, "total");
        Assert.True(inflow > 0, "the demo county's inflow is counted: " + string.Join("; ", county.GetProperty("figures").EnumerateArray().Where(r => r.GetProperty("figure").GetString() == "inflow.channel").Select(r => r.ToString())));

        // Whether support works (F39): the effect figures and the answers the view leads with are there, with something in them.
        var codes = county.GetProperty("figures").EnumerateArray().Select(r => r.GetProperty("figure").GetString()).ToHashSet();
        foreach (var code in new[] { "effect.workAbility.change", "effect.workAbility.improved", "effect.statusAfterEnd.3", "effect.statusAfterEnd.6",
                     "effect.statusAfterEnd.12", "effect.referralEmployment", "answer.planWithinTarget", "answer.workAbilityImproved",
                     "answer.workingOrStudying6", "answer.workingOrStudying3", "answer.planClear" })
        {
            Assert.Contains(code, codes);
        }
        Assert.True(Value(county, "effect.workAbility.improved", null, "total") > 0, "no change of work ability counted");
        Assert.True(Value(county, "effect.statusAfterEnd.3", null, "total") > 0, "no situation after support counted");
        Assert.True(Value(county, "answer.planWithinTarget", "now", "whole") > 0, "no plan within the target counted");
        var page = await (await app.SignedInAs(DecisionMaker)).GetStringAsync("/tilastot", ct);
        Assert.Contains("Kuinka moni on työssä tai opiskelee 6 kk tuen päättymisen jälkeen?", page, StringComparison.Ordinal);
        Assert.Contains("TEM-analyyseja 88/2018", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoFigureUnderFive_LeavesTheServer_InAnyFormatOrFilter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: CountySize);
        await Rollup(app);
        var ct = TestContext.Current.CancellationToken;
        var client = await app.SignedInAs(DecisionMaker);
        await using var db = app.NewDbContext();
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync(ct);

        var queries = new List<string> { "", "?municipality=Esikyl%C3%A4", "?municipality=Mallila", "?path=Unemployed", "?path=EmployedWithOccupationalHealth",
            "?from=2026-10&to=2026-11", "?from=2025-06&to=2025-06" };
        queries.AddRange(organisations.Select(o => $"?organisation={o}"));
        int values = 0;
        foreach (var query in queries)
        {
            var json = await client.GetFromJsonAsync<JsonElement>("/api/statistics/overview" + query, ct);
            foreach (var row in json.GetProperty("figures").EnumerateArray())
            {
                var value = row.GetProperty("value");
                if (value.ValueKind is JsonValueKind.Number)
                {
                    values++;
                    // Counts are whole numbers (a rate per 1,000 residents has a decimal).
                    if (row.GetProperty("measure").GetString() is "count" or "total" or "withheld" or "part" or "whole" or "opened")
                    {
                        int n = value.GetInt32();
                        Assert.False(n is > 0 and < 5, $"{query}: {row}");
                    }
                }
                else
                {
                    Assert.True(row.GetProperty("suppressed").GetBoolean(), $"{query}: {row}");
                }
            }
            var csv = await client.GetStringAsync("/api/statistics/overview.csv" + query, ct);
            foreach (var line in csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                // code;name;category code;category;measure;value;suppressed;partial (no label holds a semicolon)
                var fields = line.Split(';');
                if (fields[^3] is { Length: > 0 } number && fields[^4] is "count" or "total" or "withheld" or "part" or "whole" or "opened")
                {
                    Assert.False(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) is > 0 and < 5, $"{query}: {line}");
                }
            }
        }
        Assert.True(values > 100, $"only {values} values were shown");

        // For Excel in Finland: a byte-order mark, semicolons, Finnish headers, each code with its label, one file-name pattern.
        var download = await client.GetAsync("/api/statistics/overview.csv?from=2026-01&to=2026-11", ct);
        var bytes0 = await download.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes0[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes0[3..]);
        Assert.StartsWith("Tunnus;Luku;Luokan tunnus;Luokka;Mittari;Arvo;", text, StringComparison.Ordinal);
        Assert.Contains(";SupportNoLongerNeeded;Tuen tarve päättyi;", text, StringComparison.Ordinal);
        Assert.Contains("lead.concernToCoordinator;Huolesta koordinaattorille;0-7;0–7 pv;count;", text, StringComparison.Ordinal);
        Assert.Equal("tilastot-2026-01-2026-11.csv", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var xlsx = await client.GetAsync("/api/statistics/overview.xlsx", ct);
        Assert.StartsWith("tilastot-", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync(ct);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.True(rows > 100, $"{rows} rows in the workbook");
    }

    [Fact]
    public async Task TheDemoCountysOwnView_PublishesAtLeastFourFifthsOfItsFiguresExactly_AndItsInflowWhole()
    {
        // The county's figures are protected together with its slices (ADR 0012): a small slice is covered inside the
        // slices, not by turning the county's totals into "at least".
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: WorkAbility.Web.Data.Demo.DemoCounty.HistoryClients);
        await Rollup(app);
        var ct = TestContext.Current.CancellationToken;
        var json = await (await app.SignedInAs(DecisionMaker)).GetFromJsonAsync<JsonElement>("/api/statistics/overview", ct);
        var rows = json.GetProperty("figures").EnumerateArray().ToList();
        int exact = rows.Count(r => !r.GetProperty("suppressed").GetBoolean() && !r.GetProperty("partial").GetBoolean());
        Assert.True(exact >= 0.8 * rows.Count, $"{exact} of {rows.Count} figures exact");
        var inflow = rows.Single(r => r.GetProperty("figure").GetString() == "inflow" && r.GetProperty("measure").GetString() == "total");
        Assert.False(inflow.GetProperty("partial").GetBoolean(), inflow.ToString());
        Assert.True(inflow.GetProperty("value").GetInt32() >= 5, inflow.ToString());
    }

    [Theory]
    [InlineData("?from=2026-13", "from")]
    [InlineData("?to=marraskuu", "to")]
    [InlineData("?from=2026-11&to=2026-01", "from")]
    [InlineData("?from=2020-01&to=2026-11", "from")]
    [InlineData("?path=Nobody", "path")]
    [InlineData("?path=7", "path")]
    [InlineData("?organisation=00000000-0000-0000-0000-000000000001", "organisation")]
    [InlineData("?organisation=notaguid", "organisation")]
    [InlineData("?from=%00%00&to=2026-11", "from")]
    [InlineData("?municipality=%00", "municipality")]
    [InlineData("?municipality=Atlantis", "municipality")]
    [InlineData("?path=Unemployed%27%20OR%201%3D1--", "path")]
    [InlineData("?from=1900-01&to=1900-02", "from")]
    [InlineData("?from=2199-11&to=2199-12", "from")]
    public async Task ABadFilter_GetsAClearLocalizedAnswer_NeverA500(string query, string field)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var ct = TestContext.Current.CancellationToken;
        var client = await app.SignedInAs(DecisionMaker);
        var response = await client.GetAsync("/api/statistics/overview" + query, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.DoesNotContain("_", messages[0].GetString()!, StringComparison.Ordinal);

        var page = await client.GetAsync("/tilastot" + query, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        // The summary's link leads to the filter's own input.
        Assert.Contains($"href=\"#{field}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheRollupKeptUpChangeByChange_EqualsOneCountedFromScratch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var ct = TestContext.Current.CancellationToken;
        await Rollup(app);

        // Work happens: a new client's concern is recorded, days pass, follow-ups fall due.
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "020304A906Y", lastName: "Tilastoitava");
        (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Client", channel = "Phone", description = "Väsymys ja poissaolot", noticedOn = "2026-11-20",
        }, ct)).EnsureSuccessStatusCode();
        var before = await Cells(app);
        var afterChange = await Rollup(app);
        Assert.True(afterChange.CasesCounted >= 1);
        var changed = await Cells(app);
        Assert.NotEqual(before, changed);
        app.Clock.Advance(TimeSpan.FromDays(40));
        await Rollup(app);
        var incremental = await Cells(app);

        await using (var db = app.NewDbContext())
        {
            await db.StatisticsCells.ExecuteDeleteAsync(ct);
            await db.StatisticsCaseRecords.ExecuteDeleteAsync(ct);
            await db.StatisticsWatermarks.ExecuteDeleteAsync(ct);
        }
        await Rollup(app);
        var scratch = await Cells(app);
        var onlyKept = incremental.Split('\n').Except(scratch.Split('\n')).ToList();
        var onlyCounted = scratch.Split('\n').Except(incremental.Split('\n')).ToList();
        Assert.True(onlyKept.Count == 0 && onlyCounted.Count == 0,
            $"kept up only:\n{string.Join('\n', onlyKept.Take(20))}\ncounted from scratch only:\n{string.Join('\n', onlyCounted.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OnTheRealClock_TheRollupTakesInAChange_AndAnswersOddFiltersWithoutAFault(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var ct = TestContext.Current.CancellationToken;
        await Rollup(app);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "020304A906Y", lastName: "Kellonaika");
        (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Client", channel = "Phone", description = "Väsymys", noticedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, ct)).EnsureSuccessStatusCode();
        // The watermark was stored and read back at the database's own precision; the new case is taken in, and the
        // next round's one-minute overlap takes it in again without counting it twice.
        Assert.True((await Rollup(app)).CellsChanged >= 1);
        Assert.Equal(0, (await Rollup(app)).CellsChanged);

        var client = await app.SignedInAs(DecisionMaker);
        foreach (var query in new[] { "?municipality=" + new string('x', 5000), "?organisation=ei-guid", "?path=", "?from=&to=", "?municipality=%00" })
        {
            var response = await client.GetAsync("/api/statistics/overview" + query, ct);
            Assert.True((int)response.StatusCode < 500, $"{query}: {response.StatusCode}");
        }
        Assert.NotEqual(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/statistics/overview.csv", ct)).StatusCode);
    }

    private static async Task<StatisticsRollup.Round> Rollup(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RunOnce(TestContext.Current.CancellationToken);
    }

    private static async Task<string> Cells(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        var cells = await db.StatisticsCells.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', cells.Select(c => c.AsCount()).Select(c => $"{c.Figure}|{c.Slice}|{c.Category}|{c.Count}").Order(StringComparer.Ordinal));
    }

    private static int? Value(JsonElement overview, string figure, string? category, string measure) =>
        overview.GetProperty("figures").EnumerateArray()
            .Where(r => r.GetProperty("figure").GetString() == figure && r.GetProperty("measure").GetString() == measure
                && (category is null ? r.GetProperty("category").ValueKind is JsonValueKind.Null : r.GetProperty("category").GetString() == category))
            .Select(r => r.GetProperty("value").ValueKind is JsonValueKind.Number ? r.GetProperty("value").GetInt32() : (int?)null)
            .First();
}
