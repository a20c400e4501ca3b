using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Web.Tests.Access;

namespace WorkAbility.Web.Tests.Infrastructure;

/// <summary>
/// A client of the Esikylä sote-centre taken to the team stage: the nurse records the concern and
/// the need assessment (team level), Sari the coordinator takes the client on and forms the team
/// with the nurse (case manager), an employment expert and a Kela worker of other organisations.
/// </summary>
internal sealed class TeamScenario
{
    public const string Coordinator = "sari.koordinaattori";
    public const string KelaWorker = "kaisa.kela";

    public required Guid ClientId { get; init; }
    public required HttpClient Nurse { get; init; }
    public required HttpClient Coordinator_ { get; init; }
    public required Dictionary<string, Guid> People { get; init; }
    public required Dictionary<string, Guid> Organisations { get; init; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TeamScenario> Create(WorkAbilityApp app, bool formTeam = true)
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057", lastName: "Tiimiläinen");
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns",
            new { source = "Client", channel = "Visit", description = "Pitkittynyt flunssa", noticedOn = "2026-11-20", path = "Unemployed" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments", new
        {
            clientView = "Tarvitsen asiantuntijoiden apua", professionalView = "Uupumus ja infektiokierre", level = "WorkAbilitySupportTeam",
            reasons = "Sote-, työllisyys- ja Kelan palvelut yhdessä",
        }, Ct)).StatusCode);
        var coordinator = await app.SignedInAs(Coordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync(new Uri($"/api/clients/{clientId}/cases/coordinator", UriKind.Relative), null, Ct)).StatusCode);

        await using var db = app.NewDbContext();
        var people = await db.Professionals.ToDictionaryAsync(p => p.Username, p => p.Id, Ct);
        var orgs = await db.Professionals.ToDictionaryAsync(p => p.Username, p => p.OrganisationId, Ct);
        var scenario = new TeamScenario { ClientId = clientId, Nurse = nurse, Coordinator_ = coordinator, People = people, Organisations = orgs };
        if (formTeam)
        {
            var response = await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/team", new
            {
                memberIds = new[] { people[DemoActors.SoteNurse], people[DemoActors.EmploymentExpert], people[KelaWorker] },
                caseManagerIds = new[] { people[DemoActors.SoteNurse] },
                situation = new[] { "HealthProblems" },
                clientWishes = "Haluan, että työllisyyspalvelut ovat mukana",
                closeParticipantName = "Liisa Tiimiläinen",
                closeParticipantRelation = "puoliso",
            }, Ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        return scenario;
    }

    /// <summary>Records a consent naming the employment services and Kela.</summary>
    public async Task<Guid> GiveConsent(string[]? categories = null, string validUntil = "2027-11-23")
    {
        var response = await Coordinator_.PostAsJsonAsync($"/api/clients/{ClientId}/consents", new
        {
            organisationIds = new[] { Organisations[DemoActors.EmploymentExpert], Organisations[KelaWorker] },
            categories = categories ?? ["HealthData", "SocialWelfareData", "EmploymentData", "KelaBenefitsData"],
            purpose = "Työkyvyn tuen tiimin yhteistyö ja suunnitelma",
            validFrom = "2026-11-23",
            validUntil,
            givenAs = "SignedOnPaper",
            documentReference = "Y100-skannattu-2026-11-23",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}
