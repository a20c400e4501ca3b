using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.OccupationalHealth;

/// <summary>
/// F34: occupational health keeps overall responsibility — it records a work ability negotiation with
/// the employee and the employer, refers the client to a sote service without a team (only with a
/// consent naming the provider, and the provider's inbox gets it), and sees whom to call at the county.
/// Nobody but the responsible OH unit does these.
/// </summary>
public class CooperatingWithOccupationalHealthTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OccupationalHealth_Negotiates_RefersWithConsent_AndKnowsWhomToCall(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var oh = await app.SignedInAs("terhi.tyoterveys");
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var clientId = await DemoActors.RegisterClient(oh, "150585-213H", lastName: "Neuvoteltava");
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Supervisor", channel = "ProfessionalWithConsent", description = "Selkä ei kestä nostoja.", noticedOn = Day(today),
            path = "EmployedWithOccupationalHealth",
        }, Ct)).StatusCode);

        // A negotiation needs its three parties, a measure and a follow-up after it.
        var incomplete = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/negotiations", new
        {
            heldOn = Day(today), participants = new[] { new { role = "Employee", name = "Työntekijä Itse" } }, measures = Array.Empty<string>(),
            agreement = "", followUpOn = Day(today),
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var codes = (await Json(incomplete)).GetProperty("codes");
        Assert.Equal("negotiation_needs_three_parties", codes.GetProperty("participants").GetString());
        Assert.Equal("negotiation_needs_measure", codes.GetProperty("measures").GetString());
        Assert.Equal("negotiation_follow_up_after", codes.GetProperty("followUpOn").GetString());
        var negotiation = new
        {
            heldOn = Day(today),
            participants = new[]
            {
                new { role = "Employee", name = "Niko Neuvoteltava" }, new { role = "EmployerRepresentative", name = "Esimies Esa" },
                new { role = "OhPhysician", name = "Tuomas Työterveys" }, new { role = "Kela", name = "Kaisa Kelanen" },
            },
            measures = new[] { "WorkModifications", "PartialSickLeave" }, agreement = "Ei nostoja kolmeen kuukauteen; osasairauspäiväraha 50 %.",
            followUpOn = Day(today.AddDays(42)),
        };
        // Only the responsible OH unit records it: a sote nurse is refused (or does not see the client at all).
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.True((await nurse.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/negotiations", negotiation, Ct)).StatusCode
            is HttpStatusCode.NotFound or HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/negotiations", negotiation, Ct)).StatusCode);
        var path = await oh.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        var held = Assert.Single(path.GetProperty("negotiations").EnumerateArray());
        Assert.Equal(["WorkModifications", "PartialSickLeave"], held.GetProperty("measures").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal(4, held.GetProperty("participants").GetArrayLength());
        // Whom to call for a handover: the county's coordinators with their work contacts.
        Assert.Contains(path.GetProperty("coordinators").EnumerateArray(), c => c.GetProperty("name").GetString() == "Sari Koordinaattori" &&
            c.GetProperty("phone").GetString() is { Length: > 0 });
        await using (var db = app.NewDbContext())
        {
            var supportCase = await db.SupportCases.Include(c => c.Events).SingleAsync(SupportCase.ActiveOf(clientId), Ct);
            Assert.Contains(supportCase.Events, e => e.Kind == CaseEventKind.WorkAbilityNegotiationHeld);
            Assert.True(await db.FollowUpDues.AnyAsync(d => d.SupportCaseId == supportCase.Id && d.DueOn == today.AddDays(42), Ct));
        }

        // A referral to medical rehabilitation at Mallila's sote-centre: refused without a consent naming the provider, sent with one.
        Guid serviceId, soteId;
        await using (var db = app.NewDbContext())
        {
            var service = await db.Services.SingleAsync(s => s.Name == "Lääkinnällinen kuntoutus", Ct);
            (serviceId, soteId) = (service.Id, service.ProviderOrganisationId!.Value);
        }
        var noConsent = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/referrals", new { serviceId, note = "Selkäkuntoutus" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, noConsent.StatusCode);
        Assert.Equal("referral_needs_consent", (await Json(noConsent)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/referrals", new { serviceId = (Guid?)null }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { soteId }, categories = new[] { "HealthData" }, purpose = "Lääkinnällinen kuntoutus",
            validFrom = Day(today), validUntil = Day(today.AddYears(1)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        var sent = await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/referrals", new { serviceId, note = "Selkäkuntoutus" }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referralId = (await Json(sent)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/occupational-health/referrals", new { serviceId }, Ct)).StatusCode);

        // The provider's inbox (Mallila's sote-centre) has it and moves it; OH sees where it is.
        var providerStaff = await app.SignedInAs("fredrik.fysio");
        var inbox = await providerStaff.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct);
        Assert.Contains(inbox.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == referralId);
        Assert.DoesNotContain((await nurse.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct)).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == referralId);
        Assert.Equal(HttpStatusCode.NoContent, (await providerStaff.PostAsJsonAsync($"/api/referrals/{referralId}/status", new { status = "Received" }, Ct)).StatusCode);
        path = await oh.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/occupational-health", Ct);
        var mine = Assert.Single(path.GetProperty("referrals").EnumerateArray());
        Assert.Equal("Received", mine.GetProperty("status").GetString());
        await using (var db = app.NewDbContext())
        {
            Assert.Null((await db.Referrals.SingleAsync(r => r.Id == referralId, Ct)).PlanActionId);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WhenTheCountyMovesTheCaseOffTheOhPath_OccupationalHealthIsTold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var oh = await app.SignedInAs("terhi.tyoterveys");
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var clientId = await DemoActors.RegisterClient(oh, "010203A9057", lastName: "Polunvaihtaja");
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Supervisor", channel = "ProfessionalWithConsent", description = "Työ ei suju.", noticedOn = Day(today), path = "EmployedWithOccupationalHealth",
        }, Ct)).StatusCode);
        Guid sote;
        await using (var db = app.NewDbContext())
        {
            sote = (await db.Organisations.SingleAsync(o => o.Name == "Esikylän sote-keskus", Ct)).Id;
        }
        Assert.Equal(HttpStatusCode.Created, (await oh.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { sote }, categories = new[] { "HealthData", "EmploymentData" }, purpose = "Työkykykoordinaattori",
            validFrom = Day(today), validUntil = Day(today.AddYears(1)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        // OH sends her to the coordinator too; the coordinator takes her on, joining the OH case.
        var sent = await oh.PostAsJsonAsync("/api/coordinator-referrals", new
        {
            personalIdentityCode = "010203A9057", firstName = "Testi", lastName = "Polunvaihtaja", municipality = "Esikylä", concern = "Työkyky heikentynyt.",
            consent = new { basis = "WrittenY100", givenOn = Day(today) },
        }, Ct);
        var referral = (await Json(sent)).GetProperty("id").GetGuid();
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/coordinator-referrals/{referral}/take-on", new { clientId }, Ct)).StatusCode);

        // Her employment ended, the county learns it first: the path changes, and OH is told – without the client's name.
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/cases/path", new { path = (string?)null }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/cases/path", new { path = "Unemployed" }, Ct)).StatusCode);
        var notices = await (await app.SignedInAs("tuomas.tyoterveys")).GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        var told = Assert.Single(notices.EnumerateArray(), n => n.GetProperty("kind").GetString() == "OhPathLeft");
        Assert.DoesNotContain("Polunvaihtaja", told.GetRawText(), StringComparison.Ordinal);
        Assert.EndsWith("/tyoterveys", told.GetProperty("link").GetString(), StringComparison.Ordinal);
        // Changing to the same path again tells nobody twice.
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/cases/path", new { path = "Unemployed" }, Ct)).StatusCode);
        notices = await (await app.SignedInAs("tuomas.tyoterveys")).GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        Assert.Single(notices.EnumerateArray(), n => n.GetProperty("kind").GetString() == "OhPathLeft");
    }
}
