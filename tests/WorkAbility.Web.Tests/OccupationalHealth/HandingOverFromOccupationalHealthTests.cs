using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.OccupationalHealth;

/// <summary>F25, F26: occupational health keeps overall responsibility, then hands the client over to the county's coordinator.</summary>
public class HandingOverFromOccupationalHealthTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OccupationalHealth_HandsOverWithASummary_OnlyWithConsent_AndTheCoordinatorReceivesItOnTheDesk(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var oh = await app.SignedInAs("terhi.tyoterveys");
        var clientId = await DemoActors.RegisterClient(oh, "150585-213H", lastName: "Työterveyslä");
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Supervisor", channel = "ProfessionalWithConsent", description = "Toistuvat sairauslomat, työ ei suju", noticedOn = "2026-11-02",
            path = "EmployedWithOccupationalHealth", raisedWithClient = true, clientResponse = "Haluan jatkaa töissä",
        }, Ct)).StatusCode);

        var page = await oh.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        Assert.True(page.GetProperty("isResponsibleOh").GetBoolean());
        Assert.Equal("Työterveys Demo Oy", page.GetProperty("responsibleOrganisation").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/early-support",
            new { note = "Sovittiin kevennetystä työstä kuukaudeksi" }, Ct)).StatusCode);

        var tooLate = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/employment-ended", new { employmentEndedOn = "2027-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/employment-ended",
            new { employmentEndedOn = "2026-11-20" }, Ct)).StatusCode);
        await using var db0 = app.NewDbContext();
        var county = await db0.Organisations.SingleAsync(o => o.Name == "Esikylän sote-keskus", Ct);
        var handover = new
        {
            toOrganisationId = county.Id, reason = "EmploymentEnded",
            workAbilitySummary = "Työkyky heikentynyt selkävaivan vuoksi; paluu entiseen työhön ei onnistu.", sickLeaveHistory = "2026: 64 pv (selkä), 2025: 21 pv",
        };
        // Health data crosses from OH to the county only with a consent that names the county organisation.
        var refused = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/handover", handover, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("oh_handover_needs_consent", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { county.Id }, categories = new[] { "HealthData", "SocialWelfareData", "EmploymentData" },
            purpose = "Siirto työkykykoordinaattorille", validFrom = "2026-11-23", validUntil = "2027-11-23", givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        var mallila = await app.SignedInAs(DemoActors.MallilaCoordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/handover", handover, Ct)).StatusCode);

        // The county's coordinator sees it on the desk, reads the summary and receives it; another county's coordinator sees nothing.
        var sari = await app.SignedInAs("sari.koordinaattori");
        var desk = await sari.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        Assert.Contains("Työterveyslä", desk, StringComparison.Ordinal);
        Assert.Contains("/asiakkaat/" + clientId + "/tyoterveys", desk, StringComparison.Ordinal);
        var summary = await sari.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        var h = Assert.Single(summary.GetProperty("handovers").EnumerateArray());
        Assert.Equal("2026: 64 pv (selkä), 2025: 21 pv", h.GetProperty("sickLeaveHistory").GetString());
        Assert.True(summary.GetProperty("mayReceive").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await mallila.GetAsync(new Uri($"/api/clients/{clientId}/occupational-health", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sari.PostAsync(new Uri($"/api/clients/{clientId}/occupational-health/handover/receive", UriKind.Relative), null, Ct)).StatusCode);

        await using var db = app.NewDbContext();
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(c => c.ClientId == clientId, Ct);
        var sariId = await db.Professionals.Where(p => p.Username == "sari.koordinaattori").Select(p => p.Id).SingleAsync(Ct);
        Assert.Equal((ServicePath.Unemployed, CaseStage.CoordinatorAssessment, (Guid?)sariId, (Guid?)county.Id),
            (supportCase.Path, supportCase.Stage, supportCase.CoordinatorId, supportCase.HandedOverToOrganisationId));
        Assert.Equal(new DateOnly(2026, 11, 20), supportCase.EmploymentEndedOn);
        Assert.Equal(county.Id, supportCase.ResponsibleOrganisationId);
        Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.EarlySupportDiscussion);
        Assert.NotNull((await db.OhHandovers.SingleAsync(h => h.SupportCaseId == supportCase.Id, Ct)).ReceivedAt);
        var log = await db.AccessLog.Where(e => e.ClientId == clientId).Select(e => e.Resource + (e.Allowed ? "" : ":denied")).ToListAsync(Ct);
        Assert.Contains("oh.handover", log);
        Assert.Contains("oh.handover.receive", log);
        Assert.Contains("oh.view:denied", log);
    }

    [Fact]
    public async Task AnEmployedClientWithoutOccupationalHealth_GetsAnEarlySupportDiscussion_AtTheSoteCentre_ButNoOhHandover()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057", lastName: "Yrittäjä");
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Client", channel = "Visit", description = "Yrittäjä, uupumus", noticedOn = "2026-11-20", path = "EmployedWithoutOccupationalHealth",
        }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/early-support",
            new { note = "Työmäärän keventäminen ja sote-keskuksen palvelut sovittu" }, Ct)).StatusCode);
        var empty = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/early-support", new { note = " " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var handover = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/handover", new { reason = "EmploymentEnded" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, handover.StatusCode);
        Assert.Equal("oh_path_required", (await handover.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var page = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        Assert.True(page.GetProperty("mayRecordEarlySupport").GetBoolean());
        Assert.False(page.GetProperty("isResponsibleOh").GetBoolean());
        Assert.Equal("Esikylän sote-keskus", page.GetProperty("responsibleOrganisation").GetString());
    }
}
