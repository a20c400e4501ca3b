using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Statistics;

/// <summary>
/// F39 cost through HTTP: the administrator prices a service on its page (euros as people write them, refused with the
/// field named and kept, an edit on an older version refused), and the decision-makers' figures give the cost per case.
/// </summary>
public class CountingTheCostOfSupportTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAdministratorPricesAService_AndTheFiguresGiveTheCostPerCase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 300);
        Guid serviceId;
        string version;
        await using (var db = app.NewDbContext())
        {
            var service = await db.Services.SingleAsync(s => s.Name == "Työkokeilu", Ct);
            (serviceId, version) = (service.Id, service.Version.ToString("N"));
        }
        var admin = await app.SignedInAs("pekka.paakayttaja");
        var path = $"/palvelut/{serviceId}/muokkaa";

        var wrong = await PageForms.Post(admin, path, "unit-cost", [new("UnitCost.Cost", "yhdeksän"), new("UnitCost.Unit", "Day"), new("UnitCost.Version", version)]);
        var page = await wrong.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Kirjoita hinta euroina", page, StringComparison.Ordinal);
        Assert.Contains("value=\"yhdeksän\"", page, StringComparison.Ordinal);

        var saved = await PageForms.Post(admin, path, "unit-cost", [new("UnitCost.Cost", "12,50"), new("UnitCost.Unit", "Day"), new("UnitCost.Version", version)]);
        Assert.Contains("Yksikkökustannus on tallennettu.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == serviceId, Ct);
            Assert.Equal((12.50m, CostUnit.Day), (service.UnitCost, service.CostUnit));
        }
        // The same old version again: someone changed it meanwhile, so this is not written over it.
        var stale = await PageForms.Post(admin, path, "unit-cost", [new("UnitCost.Cost", "99"), new("UnitCost.Unit", "Visit"), new("UnitCost.Version", version)]);
        Assert.DoesNotContain("Yksikkökustannus on tallennettu.", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Without the version the change was made on, nothing is written either.
        var unversioned = await PageForms.Post(admin, path, "unit-cost", [new("UnitCost.Cost", "99"), new("UnitCost.Unit", "Visit")]);
        Assert.DoesNotContain("Yksikkökustannus on tallennettu.", await unversioned.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(12.50m, (await db.Services.AsNoTracking().SingleAsync(s => s.Id == serviceId, Ct)).UnitCost);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkAbility.Web.Features.Statistics.StatisticsRollup>().RunOnce(Ct);
        }
        var paivi = await app.SignedInAs("paivi.paattaja");
        var json = await paivi.GetFromJsonAsync<JsonElement>("/api/statistics/overview?from=2026-01&to=2026-11", Ct);
        var rows = json.GetProperty("figures").EnumerateArray().Where(r => r.GetProperty("figure").GetString() is "cost.perCase" or "cost.perGoodOutcome").ToList();
        var county = rows.Single(r => r.GetProperty("figure").GetString() == "cost.perCase" && r.GetProperty("category").ValueKind == JsonValueKind.Null
                                      && r.GetProperty("measure").GetString() == "euros");
        Assert.True(county.GetProperty("value").GetDecimal() > 0, county.ToString());
        Assert.Contains(rows, r => r.GetProperty("category").GetString() == "Unemployed");
        Assert.Contains("Kustannus tapausta kohden", await paivi.GetStringAsync(new Uri("/tilastot", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
