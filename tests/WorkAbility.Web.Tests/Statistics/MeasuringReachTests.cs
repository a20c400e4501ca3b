using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Statistics;

/// <summary>
/// F39 reach through HTTP: the administrator keeps the working-age residents on their page (typed as people type them,
/// refused with the field named, kept on a mistake), and the decision-makers' figures divide the cases opened by them.
/// </summary>
public class MeasuringReachTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<KeyValuePair<string, string>> Fields(string municipality, string year, params string[] counts) =>
        new[] { KeyValuePair.Create("Residents.Municipality", municipality), KeyValuePair.Create("Residents.Year", year) }
            .Concat(counts.Select((c, i) => KeyValuePair.Create($"Residents.Counts[{i}]", c)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAdministratorKeepsResidents_AndTheFiguresDivideTheCasesOpenedByThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 300);
        var admin = await app.SignedInAs("pekka.paakayttaja");

        // A mistake is named in Finnish beside its field, and what was typed stays.
        var wrong = await PageForms.Post(admin, "/yllapito/asukkaat", "residents", Fields("Esikylä", "2026", "5 100", "3 300", "kolme", "6 600", "7 000", "7 700"));
        var page = await wrong.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Kirjoita asukasmäärä kokonaislukuna", page, StringComparison.Ordinal);
        Assert.Contains("value=\"kolme\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"5 100\"", page, StringComparison.Ordinal);
        var elsewhere = await PageForms.Post(admin, "/yllapito/asukkaat", "residents", Fields("Atlantis", "1999", "1", "1", "1", "1", "1", "1"));
        var refused = await elsewhere.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Kirjoita vuosi väliltä 2000–2199.", refused, StringComparison.Ordinal);
        var zeros = await PageForms.Post(admin, "/yllapito/asukkaat", "residents", Fields("Mallila", "2026", "0", "0", "0", "0", "0", "0"));
        Assert.Contains("Kaikki ikäryhmät ovat nollia", await zeros.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Typed with spaces between thousands, as Finns write them; a correction replaces the year's figures.
        foreach (var counts in new[] { new[] { "1", "1", "1", "1", "1", "1" }, new[] { "5 100", "3 300", "7 200", "6 600", "7 000", "7 700" } })
        {
            var saved = await PageForms.Post(admin, "/yllapito/asukkaat", "residents", Fields("Esikylä", "2026", counts));
            Assert.Contains("Kunnan Esikylä asukasmäärät vuodelle 2026 on tallennettu.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(36_900, await db.WorkingAgeResidents.Where(r => r.Municipality == "Esikylä" && r.Year == 2026).SumAsync(r => r.Count, Ct));
        }
        Assert.Matches("36(&#xA0;|\u00a0|&#x202F;|\u202f)900", await admin.GetStringAsync(new Uri("/yllapito/asukkaat", UriKind.Relative), Ct));

        // Only the administrator keeps them: a decision-maker's post changes nothing.
        var paivi = await app.SignedInAs("paivi.paattaja");
        var notTheirs = await paivi.GetAsync(new Uri("/yllapito/asukkaat", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, notTheirs.StatusCode);

        // The figures: Esikylä's cases per 1,000 of its 36,900 for this year; the county's only when both are known
        // (the demo keeps Mallila's for the last two years).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkAbility.Web.Features.Statistics.StatisticsRollup>().RunOnce(Ct);
        }
        var json = await paivi.GetFromJsonAsync<JsonElement>("/api/statistics/overview?from=2026-01&to=2026-12", Ct);
        var reach = json.GetProperty("figures").EnumerateArray().Where(r => r.GetProperty("figure").GetString() == "coverage.per1000").ToList();
        JsonElement Measure(string? municipality, string measure) =>
            reach.Single(r => (r.GetProperty("category").ValueKind == JsonValueKind.Null ? null : r.GetProperty("category").GetString()) == municipality
                              && r.GetProperty("measure").GetString() == measure);
        Assert.Equal(36_900, Measure("Esikylä", "residents").GetProperty("value").GetInt32());
        var opened = Measure("Esikylä", "opened").GetProperty("value").GetInt32();
        Assert.True(opened >= 5, $"{opened} opened");
        // A yearly rate over the days the period has had (this month up to today).
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        var end = new[] { new DateOnly(2027, 1, 1), today.AddDays(1) }.Min();
        int days = end.DayNumber - new DateOnly(2026, 1, 1).DayNumber;
        Assert.Equal(Math.Round(opened * 1000.0 / 36_900 * 365.25 / days, 1, MidpointRounding.AwayFromZero), Measure("Esikylä", "per1000").GetProperty("value").GetDouble(), 1e-9);
        Assert.True(Measure(null, "per1000").GetProperty("value").GetDecimal() > 0);
        Assert.Contains("Tapauksia 1 000 työikäistä asukasta kohden vuodessa", await paivi.GetStringAsync(new Uri("/tilastot", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
