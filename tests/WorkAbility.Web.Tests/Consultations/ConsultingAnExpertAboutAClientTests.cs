using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Consultations;

/// <summary>
/// F35: the coordinator consults the competence centre about a named client — refused without a consent
/// naming it and refused to a non-expert organisation; with the consent the expert sees the client while
/// the question is open, finds it in the inbox and answers it in the case; then the door closes again.
/// </summary>
public class ConsultingAnExpertAboutAClientTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheCoordinator_ConsultsTheCompetenceCentre_WithConsent_AndTheAnswerStaysInTheCase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var clientId = await DemoActors.RegisterClient(coordinator, "010203A9057", "Konsultoitava");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/concerns",
            new { source = "Client", channel = "Phone", description = "Monta sairautta, työkyky epäselvä.", noticedOn = Day(today) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync(new Uri($"/api/clients/{clientId}/cases/coordinator", UriKind.Relative), null, Ct)).StatusCode);
        Guid centre, kela;
        await using (var db = app.NewDbContext())
        {
            centre = (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.SpecialExpertiseTeam, Ct)).Id;
            kela = (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Kela, Ct)).Id;
        }
        var expert = await app.SignedInAs("oskari.osaamiskeskus");
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync(new Uri($"/api/clients/{clientId}", UriKind.Relative), Ct)).StatusCode);

        var question = new { toOrganisationId = centre, question = "Miten arvioisitte työkyvyn, kun diagnooseja on useita?" };
        var noConsent = await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/consultations", question, Ct);
        Assert.Equal(HttpStatusCode.Conflict, noConsent.StatusCode);
        Assert.Equal("consultation_needs_consent", (await Json(noConsent)).GetProperty("code").GetString());
        var notExpert = await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/consultations", new { toOrganisationId = kela, question = "?" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notExpert.StatusCode);
        Assert.Equal("consultation_not_expert", (await Json(notExpert)).GetProperty("codes").GetProperty("toOrganisationId").GetString());
        // A colleague outside the case cannot ask in its name.
        Assert.Equal(HttpStatusCode.Conflict, (await (await app.SignedInAs(DemoActors.SoteDoctor)).PostAsJsonAsync($"/api/clients/{clientId}/consultations", question, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { centre }, categories = new[] { "HealthData" }, purpose = "Konsultaatio osaamiskeskukselle",
            validFrom = Day(today), validUntil = Day(today.AddMonths(6)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        var asked = await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/consultations", question, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await Json(asked)).GetProperty("id").GetGuid();

        // The expert sees the client while the question is open, and it is in the inbox; another organisation cannot answer it.
        var inbox = await expert.GetFromJsonAsync<JsonElement>("/api/consultations/about-clients", Ct);
        var item = Assert.Single(inbox.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Konsultoitava, Testi", item.GetProperty("clientName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync(new Uri($"/api/clients/{clientId}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs("teemu.tyollisyys")).PostAsJsonAsync($"/api/consultations/about-clients/{id}/answer",
            new { answer = "Ei meidän." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await expert.PostAsJsonAsync($"/api/consultations/about-clients/{id}/answer", new { answer = " " }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await expert.PostAsJsonAsync($"/api/consultations/about-clients/{id}/answer",
            new { answer = "Ehdotamme moniammatillista työkykyarviota ja kuntoutustutkimusta." }, Ct)).StatusCode);

        // The answer is in the case; the expert's door closes with the question.
        var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/consultations", Ct);
        var answered = Assert.Single(list.GetProperty("consultations").EnumerateArray());
        Assert.Equal("Ehdotamme moniammatillista työkykyarviota ja kuntoutustutkimusta.", answered.GetProperty("answer").GetString());
        Assert.Equal("Oskari Osaaja", answered.GetProperty("answeredBy").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync(new Uri($"/api/clients/{clientId}", UriKind.Relative), Ct)).StatusCode);
        Assert.DoesNotContain((await expert.GetFromJsonAsync<JsonElement>("/api/consultations/about-clients", Ct)).EnumerateArray(),
            r => r.GetProperty("clientId").GetGuid() == clientId);
        await using (var db = app.NewDbContext())
        {
            var events = (await db.SupportCases.Include(c => c.Events).SingleAsync(SupportCase.ActiveOf(clientId), Ct)).Events.Select(e => e.Kind).ToList();
            Assert.Contains(CaseEventKind.ExpertConsulted, events);
            Assert.Contains(CaseEventKind.ExpertAnswered, events);
        }
        var page = await coordinator.GetStringAsync(new Uri($"/asiakkaat/{clientId}/konsultaatiot", UriKind.Relative), Ct);
        Assert.Contains("Ehdotamme moniammatillista", page, StringComparison.Ordinal);

        // The same on the pages: the coordinator asks on the client's page, the expert answers on the consultations page.
        var posted = await PageForms.Post(coordinator, $"/asiakkaat/{clientId}/konsultaatiot", "ask-expert",
            new Dictionary<string, string> { ["Asking.ToOrganisationId"] = centre.ToString(), ["Asking.Question"] = "Entä kuntoutustutkimuksen ajoitus?" });
        Assert.Contains("Kysymys lähetetty", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var second = (await expert.GetFromJsonAsync<JsonElement>("/api/consultations/about-clients", Ct)).EnumerateArray()
            .Single(r => r.GetProperty("clientId").GetGuid() == clientId).GetProperty("id").GetGuid();
        var empty = await PageForms.Post(expert, "/konsultaatiot", $"answer-expert-{second}",
            new Dictionary<string, string> { ["Answering.Id"] = second.ToString(), ["Answering.Answer"] = "" });
        Assert.Contains("Pakollinen tieto puuttuu", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var done = await PageForms.Post(expert, "/konsultaatiot", $"answer-expert-{second}",
            new Dictionary<string, string> { ["Answering.Id"] = second.ToString(), ["Answering.Answer"] = "Kolmen kuukauden kuluttua." });
        Assert.Contains("Vastaus tallennettu asiakkuuteen", await done.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Kolmen kuukauden kuluttua.", await coordinator.GetStringAsync(new Uri($"/asiakkaat/{clientId}/konsultaatiot", UriKind.Relative), Ct),
            StringComparison.Ordinal);
    }
}
