using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.OccupationalHealth;

/// <summary>
/// F42 through HTTP: the employer side as data and its risks, the county's question to occupational health answered in the
/// case, and the employer's change of occupational health provider handing the case from one unit to the other.
/// </summary>
public class WorkingWithOccupationalHealthBothWaysTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheCountyAsks_OccupationalHealthAnswers_TheEmployerSideIsData_AndTheCaseMovesToTheNewProvider(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var oh = await app.SignedInAs("terhi.tyoterveys");
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clientId = await DemoActors.RegisterClient(oh, "150585-213H", lastName: "Kaksisuuntainen");
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Supervisor", channel = "ProfessionalWithConsent", description = "Selkä ei kestä nostoja.", noticedOn = Day(today), path = "EmployedWithOccupationalHealth",
        }, Ct)).StatusCode);
        Guid sote, northern, demoOh;
        await using (var db = app.NewDbContext())
        {
            sote = (await db.Organisations.SingleAsync(o => o.Name == "Esikylän sote-keskus", Ct)).Id;
            northern = (await db.Organisations.SingleAsync(o => o.Name == "Pohjoisen Työterveys Oy", Ct)).Id;
            demoOh = (await db.Organisations.SingleAsync(o => o.Name == "Työterveys Demo Oy", Ct)).Id;
        }
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { sote, demoOh }, categories = new[] { "HealthData", "EmploymentData" }, purpose = "Työkyvyn tuki",
            validFrom = Day(today), validUntil = Day(today.AddYears(1)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);

        // The employer side: a sick leave of 35 days, an early support discussion without measures, the employer's resources limit.
        var bad = await oh.PutAsJsonAsync($"/api/clients/{clientId}/occupational-health/employer", new { sickLeaveSince = Day(today.AddDays(3)) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PutAsJsonAsync($"/api/clients/{clientId}/occupational-health/employer", new
        {
            supervisorName = "Esa Esimies", supervisorContact = "040 555 0199", earlySupportOn = Day(today.AddDays(-40)), measures = Array.Empty<string>(),
            sickLeaveSince = Day(today.AddDays(-35)), limitedBy = new[] { "EmployerResources" },
        }, Ct)).StatusCode);
        var clientPage = await oh.GetStringAsync(new Uri($"/asiakkaat/{clientId}", UriKind.Relative), Ct);
        Assert.Contains("Sairauspoissaolo yli 30 päivää ilman työterveysneuvottelua", clientPage, StringComparison.Ordinal);
        Assert.Contains("Työpaikan mahdollisuuksia ei ole käytetty", clientPage, StringComparison.Ordinal);
        Assert.Contains("Resurssit rajoittavat palvelua", clientPage, StringComparison.Ordinal);
        var path = await oh.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        Assert.Equal("Esa Esimies", path.GetProperty("employer").GetProperty("supervisorName").GetString());

        // The county asks: a client of the sote-centre on the occupational health path, a consent naming the OH unit.
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var countyClient = await DemoActors.RegisterClient(nurse, "010203A9057", lastName: "Kysyttävä");
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{countyClient}/concerns", new
        {
            source = "Client", channel = "Visit", description = "Sairauspoissaolo pitkittyy.", noticedOn = Day(today), path = "EmployedWithOccupationalHealth",
        }, Ct)).StatusCode);
        var coordinator = await app.SignedInAs(TeamScenario.Coordinator);
        var taken = await coordinator.PostAsync(new Uri($"/api/clients/{countyClient}/cases/coordinator", UriKind.Relative), null, Ct);
        Assert.True(taken.StatusCode is HttpStatusCode.NoContent, await taken.Content.ReadAsStringAsync(Ct));
        var questions = $"/api/clients/{countyClient}/occupational-health/questions";
        var noConsent = await coordinator.PostAsJsonAsync(questions, new { organisationId = demoOh, kind = "ArrangeNegotiation", question = "Neuvottelu?" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, noConsent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/clients/{countyClient}/consents", new
        {
            organisationIds = new[] { demoOh }, categories = new[] { "HealthData", "EmploymentData" }, purpose = "Työterveyshuollon arvio",
            validFrom = Day(today), validUntil = Day(today.AddYears(1)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync(questions, new { organisationId = sote, kind = "ArrangeNegotiation", question = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync(questions, new { organisationId = demoOh, kind = "Plenty", question = "x" }, Ct)).StatusCode);
        // Before the question the OH unit does not see the county's client at all.
        Assert.Equal(HttpStatusCode.NotFound, (await oh.GetAsync(new Uri($"/api/clients/{countyClient}/occupational-health", UriKind.Relative), Ct)).StatusCode);
        var asked = await coordinator.PostAsJsonAsync(questions,
            new { organisationId = demoOh, kind = "ArrangeNegotiation", question = "Sairauspoissaolo on pitkittynyt; voisiko työterveysneuvottelun järjestää?" }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var questionId = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Contains((await oh.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray(), n => n.GetProperty("kind").GetString() == "OhQuestionAsked");
        var ohPage = await oh.GetStringAsync(new Uri($"/asiakkaat/{countyClient}/tyoterveys", UriKind.Relative), Ct);
        Assert.Contains("voisiko työterveysneuvottelun järjestää?", ohPage, StringComparison.Ordinal);
        Assert.Contains("name=\"Answer.Answer\"", ohPage, StringComparison.Ordinal);
        // Only the unit asked answers, once.
        Assert.False((await coordinator.PostAsJsonAsync($"{questions}/{questionId}/answer", new { answer = "Itse" }, Ct)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await oh.PostAsJsonAsync($"{questions}/{questionId}/answer", new { answer = " " }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PostAsJsonAsync($"{questions}/{questionId}/answer", new { answer = "Neuvottelu järjestetään 4.12. työpaikalla." }, Ct)).StatusCode);
        // Answered, the unit's link to the county's client closes with it.
        Assert.Equal(HttpStatusCode.NotFound, (await oh.PostAsJsonAsync($"{questions}/{questionId}/answer", new { answer = "Toinen vastaus" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var coordinatorId = await db.Professionals.Where(p => p.Username == TeamScenario.Coordinator).Select(p => p.Id).SingleAsync(Ct);
            Assert.True(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.OhQuestionAnswered && n.SubjectId == questionId && n.RecipientId == coordinatorId, Ct));
        }
        Assert.Contains("Neuvottelu järjestetään 4.12. työpaikalla.", await coordinator.GetStringAsync(new Uri($"/asiakkaat/{countyClient}/tyoterveys", UriKind.Relative), Ct),
            StringComparison.Ordinal);

        // The employer changes its OH provider: refused without a consent naming the new unit, then handed over; both units are told.
        var refused = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/provider-change",
            new { organisationId = northern, workAbilitySummary = "Nostorajoitus; osasairauspäiväraha." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { northern }, categories = new[] { "HealthData", "EmploymentData" }, purpose = "Uusi työterveyshuolto",
            validFrom = Day(today), validUntil = Day(today.AddYears(1)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/provider-change",
            new { organisationId = northern, workAbilitySummary = "Nostorajoitus; osasairauspäiväraha." }, Ct)).StatusCode);
        var newUnit = await app.SignedInAs("oona.tyoterveys");
        Assert.Contains((await newUnit.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray(), n => n.GetProperty("kind").GetString() == "OhProviderChanged");
        var moved = await newUnit.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        Assert.True(moved.GetProperty("isResponsibleOh").GetBoolean());
        Assert.Contains(moved.GetProperty("handovers").EnumerateArray(), h => h.GetProperty("reason").GetString() == "OhProviderChanged");
        // The old unit is no longer responsible: it cannot hand the case on again.
        Assert.False((await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/provider-change",
            new { organisationId = demoOh, workAbilitySummary = "x" }, Ct)).IsSuccessStatusCode);
        await using (var db = app.NewDbContext())
        {
            var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(SupportCase.ActiveOf(clientId), Ct);
            Assert.Equal(northern, supportCase.OccupationalHealthOrganisationId);
            Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.OhProviderChanged);
        }
    }
}
