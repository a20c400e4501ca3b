using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Concerns;

public class RecordingConcernsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Contact(string? status = "unemployed") => new
    {
        source = "Client",
        channel = "Phone",
        description = "Pitkittynyt flunssa",
        noticedOn = "2026-11-20",
        path = "Unemployed",
        raisedWithClient = true,
        clientResponse = "Tarvitsen apua",
        employmentStatus = status,
        visitReason = "pitkittynyt flunssa",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FirstConcern_OpensACase_TheNextJoinsIt_AndTheIndicatorsAnswer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");

        var first = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", Contact(), Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(a.GetProperty("openedNewCase").GetBoolean());
        Assert.Contains(a.GetProperty("alerts").EnumerateArray(), x => x.GetProperty("ruleId").GetString() == "unemployed-health-visit");

        var second = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", Contact(null), Ct);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(b.GetProperty("openedNewCase").GetBoolean());
        Assert.Equal(a.GetProperty("caseId").GetGuid(), b.GetProperty("caseId").GetGuid());
        Assert.Empty(b.GetProperty("alerts").EnumerateArray());

        await using var db = app.NewDbContext();
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.ClientId == clientId, Ct);
        Assert.Equal(CaseStage.Concern, supportCase.Stage);
        Assert.Equal(2, supportCase.Events.Count(e => e.Kind == CaseEventKind.ConcernRecorded));
        var concerns = await db.Concerns.Where(c => c.SupportCaseId == supportCase.Id).ToListAsync(Ct);
        Assert.All(concerns, c => Assert.Equal(ContactBasis.ClientsOwnContact, c.Basis));
        Assert.All(concerns, c => Assert.Equal("Tarvitsen apua", c.ClientResponse));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SecondActiveCase_IsRefused_PointingToTheExistingOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var created = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/cases", new { path = "Unemployed" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var existing = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var again = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/cases", new { path = "Unemployed" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(existing, problem.GetProperty("existingCaseId").GetGuid());
        Assert.Contains("käynnissä oleva asiakkuus", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingAnswers_Are400_PerField_AndNothingIsStored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");

        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new { description = "", noticedOn = "2099-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["channel", "description", "noticedOn", "source"], errors.EnumerateObject().Select(p => p.Name).Order());
        await using var db = app.NewDbContext();
        Assert.False(await db.SupportCases.AnyAsync(c => c.ClientId == clientId, Ct));
        Assert.False(await db.Concerns.AnyAsync(c => db.SupportCases.Any(s => s.Id == c.SupportCaseId && s.ClientId == clientId), Ct));
    }

    [Fact]
    public async Task ProfessionalWithoutRelationship_CannotRecordAConcern_AndTheAttemptIsLogged()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var other = await app.SignedInAs(DemoActors.EmploymentExpert);

        var response = await other.PostAsJsonAsync($"/api/clients/{clientId}/concerns", Contact(), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = app.NewDbContext();
        var denied = await db.AccessLog.SingleAsync(e => !e.Allowed, Ct);
        Assert.Equal((clientId, AccessAction.Create, "concern"), (denied.ClientId!.Value, denied.Action, denied.Resource));
        Assert.False(await db.Concerns.AnyAsync(c => db.SupportCases.Any(s => s.Id == c.SupportCaseId && s.ClientId == clientId), Ct));
    }
}
