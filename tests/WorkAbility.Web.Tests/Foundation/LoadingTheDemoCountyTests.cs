using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Data.Demo;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class LoadingTheDemoCountyTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoCounty_CoversEveryOrganisationKindProfessionRolePathAndStage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        _ = app.Services; // starts the app: migrate and seed
        await using var db = app.NewDbContext();
        var ct = TestContext.Current.CancellationToken;

        var kinds = await db.Organisations.Select(o => o.Kind).Distinct().ToListAsync(ct);
        Assert.Equal(Enum.GetValues<OrganisationKind>().Order(), kinds.Order());
        Assert.Equal(2, await db.Organisations.Select(o => o.Area).Distinct().CountAsync(ct));

        var staff = await db.Professionals.ToListAsync(ct);
        Assert.All(Enum.GetValues<Profession>(), p => Assert.Contains(staff, s => s.Profession == p));
        Assert.All(Enum.GetValues<StaffRole>(), r => Assert.Contains(staff, s => s.Role == r));

        var clients = await db.Clients.ToListAsync(ct);
        Assert.True(clients.Count >= 40, $"{clients.Count} clients");
        Assert.All(clients, c => Assert.True(c.PersonalIdentityCode.IsTemporary, "demo codes must be temporary (900–999)"));
        Assert.Equal(clients.Count, clients.Select(c => c.PersonalIdentityCode).Distinct().Count());
        Assert.Contains(clients, c => c.NonDisclosure);

        var cases = await db.SupportCases.ToListAsync(ct);
        Assert.All(Enum.GetValues<CaseStage>(), s => Assert.Contains(cases, c => c.Stage == s));
        Assert.All(Enum.GetValues<ServicePath>(), p => Assert.Contains(cases, c => c.Path == p));
        Assert.True(await db.CaseEvents.CountAsync(ct) > cases.Count, "cases carry their timelines");

        var matti = Assert.Single(clients, c => c.FirstName == DemoCountySeeder.MattiFirstName);
        var mattiCase = Assert.Single(cases, c => c.ClientId == matti.Id);
        Assert.Equal(ServicePath.Unemployed, mattiCase.Path);
        Assert.Equal(CaseStage.SeekingService, mattiCase.Stage);
    }

    [Fact]
    public async Task DemoCounty_IsLoadedOnlyOnce_AcrossRestarts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        int first;
        await using (var app = new WorkAbilityApp(database))
        {
            _ = app.Services;
            await using var db = app.NewDbContext();
            first = await db.Clients.CountAsync(TestContext.Current.CancellationToken);
        }
        await using (var again = new WorkAbilityApp(database))
        {
            _ = again.Services;
            await using var db = again.NewDbContext();
            Assert.Equal(first, await db.Clients.CountAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task EveryDemoSignInClient_HasWorkToSee_AndTheirProfessionalsInWhoHasSeenTheirData_OnAChainThatVerifies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 200, settings: new Dictionary<string, string> { ["Demo:AccessHistory"] = "true" });
        var anonymous = app.CreateBrowserLikeClient();
        var clients = (await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/demo/users", Ct)).EnumerateArray()
            .Where(u => u.GetProperty("role").GetString() == "Client").Select(u => u.GetProperty("username").GetString()!).ToList();
        Assert.Equal(4, clients.Count);
        // The second: a team of several organisations, a plan, a meeting ahead, professionals in the log.
        var withPlan = await app.SignedInAs(clients[1]);
        var me = await withPlan.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me", Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, me.GetProperty("nextMeeting").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, me.GetProperty("caseManager").ValueKind);
        Assert.True((await withPlan.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me/plan", Ct)).GetProperty("steps").GetArrayLength() > 0);
        var log = await withPlan.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me/access-log", Ct);
        Assert.Contains(log.GetProperty("entries").EnumerateArray(), e => e.GetProperty("who").ValueKind == System.Text.Json.JsonValueKind.String);
        // The third: support ended lately, asked for feedback.
        var ended = await app.SignedInAs(clients[2]);
        var endedHome = await ended.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me", Ct);
        Assert.Equal("Ended", endedHome.GetProperty("case").GetProperty("stage").GetString());
        // The fourth: support ended three months ago, asked where they are now (F39).
        var afterSupport = await app.SignedInAs(clients[3]);
        var afterHome = await afterSupport.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me", Ct);
        Assert.Equal(3, afterHome.GetProperty("situationMonthsDue").GetInt32());
        Assert.Contains("Missä tilanteessa olet nyt", await afterSupport.GetStringAsync("/oma", Ct), StringComparison.Ordinal);
        var admin = await app.SignedInAs(Access.DemoActors.Administrator);
        var verified = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/access-log/verify", Ct);
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        Assert.True(verified.GetProperty("entries").GetInt64() > 1000, verified.ToString());
    }
}
