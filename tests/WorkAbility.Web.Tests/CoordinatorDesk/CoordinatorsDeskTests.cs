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

    /// <summary>A coordinator with a county's caseload: each list is counted and paged in SQL, and only the rows shown are logged.</summary>
    [Fact]
    public async Task ALargeCaseload_IsPaged_AndOnlyTheRowsShownAreLogged()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 0);
        _ = app.Services;
        int waitingBefore, caseloadBefore;
        await using (var db = app.NewDbContext())
        {
            var sari = await db.Professionals.SingleAsync(p => p.Username == "sari.koordinaattori", Ct);
            // The base demo county (no history clients) has a few cases of its own on Sari's desk.
            waitingBefore = await db.SupportCases.CountAsync(WorkAbility.Domain.Cases.CoordinatorDeskRules.Waiting(sari.OrganisationId), Ct);
            caseloadBefore = await db.SupportCases.CountAsync(WorkAbility.Domain.Cases.CoordinatorDeskRules.Coordinated(sari.Id), Ct);
            var now = WorkAbilityApp.StartTime;
            for (int i = 0; i < 175; i++)
            {
                var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1975, 1, 1).AddDays(i), 400 + i).Value;
                var client = WorkAbility.Domain.Clients.Client.Register(code, "Sivu", $"Asiakas{i:D3}", "Esikylä", null, null, now.AddMinutes(-i), sari.OrganisationId);
                db.Clients.Add(client);
                var supportCase = WorkAbility.Domain.Cases.SupportCase.Open(client.Id, WorkAbility.Domain.Cases.ServicePath.Unemployed,
                    WorkAbility.Domain.Cases.CaseStage.NeedAssessment, sari.OrganisationId, null, now.AddMinutes(-i));
                supportCase.Advance(WorkAbility.Domain.Cases.CaseStage.CoordinatorAssessment, null, now.AddMinutes(-i));
                if (i < 120)
                {
                    supportCase.AssignCoordinator(sari.Id, sari.Id, now.AddMinutes(-i));
                }
                db.SupportCases.Add(supportCase);
            }
            await db.SaveChangesAsync(Ct);
        }
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        static int Rows(string page, string section, string? next)
        {
            int from = page.IndexOf($"id=\"{section}\"", StringComparison.Ordinal);
            int to = next is null ? page.Length : page.IndexOf($"id=\"{next}\"", from, StringComparison.Ordinal);
            return System.Text.RegularExpressions.Regex.Count(page[from..to], "<th scope=\"row\"><a href=\"/asiakkaat/");
        }
        await using var before = app.NewDbContext();
        long logged = await before.AccessLog.LongCountAsync(Ct);

        var first = await coordinator.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        Assert.Equal((50, 50), (Rows(first, "waiting", "stranded"), Rows(first, "caseload", null)));
        Assert.Contains($">{120 + caseloadBefore}</td></tr></tfoot>", first, StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(100, await db.AccessLog.LongCountAsync(Ct) - logged);
        }
        var last = await coordinator.GetStringAsync(new Uri("/tyopoyta?odottavat=2&sivu=3", UriKind.Relative), Ct);
        Assert.Equal((5 + waitingBefore, 20 + caseloadBefore), (Rows(last, "waiting", "stranded"), Rows(last, "caseload", null)));
        // Out of range asks show the last page and the first, not an error.
        var beyond = await coordinator.GetStringAsync(new Uri("/tyopoyta?odottavat=99&sivu=-4", UriKind.Relative), Ct);
        Assert.Equal((5 + waitingBefore, 50), (Rows(beyond, "waiting", "stranded"), Rows(beyond, "caseload", null)));
        foreach (var malformed in new[] { "/tyopoyta?odottavat=abc&sivu=%00", "/tyopoyta?sivu=99999999999999", "/tyolista?sivu=kaksi", "/tyolista?sivu=1e3&riski=%3Cscript%3E" })
        {
            var answer = await coordinator.GetAsync(new Uri(malformed, UriKind.Relative), Ct);
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{malformed}: {answer.StatusCode}");
        }
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
