using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class GuardingTheDataTests(PostgresCluster cluster)
{
    private static readonly DateTimeOffset Now = WorkAbilityApp.StartTime;

    private static async Task<(Client Client, Organisation Org)> ArrangeClient(AppDbContext db)
    {
        var org = Organisation.Create("Testikeskus", OrganisationKind.SoteCentre, "Esikylä", Now);
        var client = Client.Register("100190-999P", "Testi", "Asiakas", "Esikylä", null, null, Now);
        db.AddRange(org, client);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (client, org);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentEdits_OfTheSameCase_AreDetected_NotOverwritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        _ = app.Services;
        var ct = TestContext.Current.CancellationToken;
        Guid caseId;
        await using (var db = app.NewDbContext())
        {
            var (client, org) = await ArrangeClient(db);
            var supportCase = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.Concern, org.Id, null, Now);
            db.Add(supportCase);
            await db.SaveChangesAsync(ct);
            caseId = supportCase.Id;
        }

        await using var first = app.NewDbContext();
        await using var second = app.NewDbContext();
        var a = await first.SupportCases.Include(c => c.Events).SingleAsync(c => c.Id == caseId, ct);
        var b = await second.SupportCases.Include(c => c.Events).SingleAsync(c => c.Id == caseId, ct);
        a.Advance(CaseStage.SeekingService, null, Now.AddHours(1));
        await first.SaveChangesAsync(ct);
        b.Advance(CaseStage.NeedAssessment, null, Now.AddHours(2));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
        await using var check = app.NewDbContext();
        Assert.Equal(CaseStage.SeekingService, (await check.SupportCases.SingleAsync(c => c.Id == caseId, ct)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SecondActiveCase_ForTheSameClient_IsRefusedByTheDatabase_ButAnEndedOneMayStay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        _ = app.Services;
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.NewDbContext();
        var (client, org) = await ArrangeClient(db);

        var ended = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.Concern, org.Id, null, Now);
        ended.End(CaseOutcome.Employed, null, null, Now.AddDays(1));
        db.Add(ended);
        db.Add(SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.Concern, org.Id, null, Now.AddDays(2)));
        await db.SaveChangesAsync(ct);

        await using var racing = app.NewDbContext();
        racing.Add(SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.Concern, org.Id, null, Now.AddDays(3)));
        await Assert.ThrowsAsync<DbUpdateException>(() => racing.SaveChangesAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IdentityCode_RoundTrips_WithItsCenturySign(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        _ = app.Services;
        var ct = TestContext.Current.CancellationToken;
        await using (var db = app.NewDbContext())
        {
            db.Add(Client.Register("100190-999P", "Yksi", "Henkilö", "Esikylä", null, null, Now));
            db.Add(Client.Register("100190Y999P", "Toinen", "Henkilö", "Esikylä", null, null, Now));
            await db.SaveChangesAsync(ct);
        }
        await using var read = app.NewDbContext();
        var code = PersonalIdentityCode.Parse("100190Y999P");
        var found = await read.Clients.SingleAsync(c => c.PersonalIdentityCode == code, ct);
        Assert.Equal("Toinen", found.FirstName);
    }
}
