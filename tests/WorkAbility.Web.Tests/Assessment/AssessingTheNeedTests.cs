using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Assessment;

public class AssessingTheNeedTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> ClientWithCase(HttpClient nurse, string path = "Unemployed")
    {
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        var r = await nurse.PostAsJsonAsync($"/api/clients/{id}/concerns",
            new { source = "Client", channel = "Visit", description = "Uupumus", noticedOn = "2026-11-20", path }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TeamDecision_TakesTheCaseToTheCoordinator_AndTheTypFlagExplainsItself(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await ClientWithCase(nurse);

        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments", new
        {
            clientView = "Tarvitsen asiantuntijoiden apua",
            professionalView = "Uupumus ja pitkä työttömyys",
            workAbilityScore = 4,
            level = "WorkAbilitySupportTeam",
            reasons = "Tarvitaan sote-, työllisyys- ja Kelan palveluja yhdessä",
            labourMarketSubsidyDays = 320,
            needsEmploymentServices = true,
            needsSocialOrHealthServices = true,
            targetGroups = new[] { "Unemployed", "LongTermIll" },
            income = "UnemploymentBenefit",
            rehabilitationPhase = "BeingInvestigated",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("CoordinatorAssessment", body.GetProperty("stage").GetString());
        var typ = body.GetProperty("typ");
        Assert.True(typ.GetProperty("likelyTypClient").GetBoolean());
        Assert.Contains("ContinuousUnemploymentMonths", typ.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString()));

        await using var db = app.NewDbContext();
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.ClientId == clientId, Ct);
        Assert.Equal(CaseStage.CoordinatorAssessment, supportCase.Stage);
        Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.LevelOfSupportDecided && e.Note == "WorkAbilitySupportTeam");
        var assessment = await db.NeedAssessments.SingleAsync(a => a.SupportCaseId == supportCase.Id, Ct);
        Assert.Equal((4, true), (assessment.WorkAbilityScore!.Value, assessment.LikelyTypClient!.Value));
        // The countable facts are kept as given, for the statistics (F28).
        Assert.Equal(new LivelihoodFacts(TargetGroup.Unemployed | TargetGroup.LongTermIll, IncomeSource.UnemploymentBenefit, VocationalRehabilitationPhase.BeingInvestigated),
            assessment.Livelihood);
    }

    [Fact]
    public async Task OccupationalHealth_ForAnUnemployedClient_IsRefusedOnTheLevelField()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await ClientWithCase(nurse);
        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments",
            new { clientView = "a", professionalView = "b", level = "OccupationalHealth", reasons = "c" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("työterveyshuolto", errors.GetProperty("level")[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StaleForm_IsAConflict_NotAnOverwrite()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await ClientWithCase(nurse);
        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments",
            new { clientView = "a", professionalView = "b", level = "SelfCareWithGuidance", reasons = "c", caseVersion = Guid.NewGuid().ToString("N") }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.NeedAssessments.AnyAsync(a => db.SupportCases.Any(c => c.Id == a.SupportCaseId && c.ClientId == clientId), Ct));
    }

    [Fact]
    public async Task WithoutAnActiveCase_TheAssessmentIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments",
            new { clientView = "a", professionalView = "b", level = "SelfCareWithGuidance", reasons = "c" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("no_active_case", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }
}
