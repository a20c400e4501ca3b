using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Data.Demo;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class LoadingTheDemoCountyTests(PostgresCluster cluster)
{
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
}
