using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.CoordinatorDesk;

public class CoordinatorsDeskTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReferredCase_WaitsOnTheOwnOrganisationsDesk_UntilACoordinatorTakesItOn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057", lastName: "Odottaja");
        await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns",
            new { source = "Client", channel = "Visit", description = "Uupumus", noticedOn = "2026-11-20" }, Ct);
        var assessed = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments",
            new { clientView = "a", professionalView = "b", level = "CoordinatorReferral", reasons = "c" }, Ct);
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);

        var sari = await app.SignedInAs("sari.koordinaattori");
        var desk = await sari.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        var waiting = desk[desk.IndexOf("id=\"waiting\"", StringComparison.Ordinal)..desk.IndexOf("id=\"caseload\"", StringComparison.Ordinal)];
        Assert.Contains("Odottaja", waiting, StringComparison.Ordinal);

        var jukka = await app.SignedInAs(DemoActors.MallilaCoordinator);
        Assert.DoesNotContain("Odottaja", await jukka.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await sari.PostAsync(new Uri($"/api/clients/{clientId}/cases/coordinator", UriKind.Relative), null, Ct)).StatusCode);
        desk = await sari.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        var caseload = desk[desk.IndexOf("id=\"caseload\"", StringComparison.Ordinal)..];
        Assert.Contains("Odottaja", caseload, StringComparison.Ordinal);

        await using var db = app.NewDbContext();
        Assert.Equal(2, await db.AccessLog.CountAsync(e => e.ClientId == clientId && e.Resource == "coordinator.desk" && e.Action == AccessAction.Search, Ct));
        var supportCase = await db.SupportCases.SingleAsync(c => c.ClientId == clientId, Ct);
        var sariId = await db.Professionals.Where(p => p.Username == "sari.koordinaattori").Select(p => p.Id).SingleAsync(Ct);
        Assert.Equal(sariId, supportCase.CoordinatorId);
    }

    [Fact]
    public async Task Desk_IsForCoordinators_Only()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.GetAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
