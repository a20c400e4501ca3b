using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.CoordinatorReferrals;

/// <summary>
/// This session's stored values through the real providers with the real clock (TimeProvider.System): a
/// saatelomake sent, received and taken on reads back with the times it was written, the same on every read;
/// a work ability negotiation keeps its Finnish dates; an expert consultation answered keeps its answer time;
/// and the access log all of it wrote verifies.
/// </summary>
public class KeepingTheSaatelomakeOnTheRealClockTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSaatelomake_ANegotiation_AndAConsultation_OnTheRealClock_ReadBackAsWritten_AndTheLogVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nelli = await app.SignedInAs("nelli.nuoriso");
        var sari = await app.SignedInAs("sari.koordinaattori");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = DateTimeOffset.UtcNow;

        var sent = await nelli.PostAsJsonAsync("/api/coordinator-referrals", new
        {
            firstName = "Reaali", lastName = "Aikainen", birthDate = "2004-05-06", phone = "040 000 0777", municipality = "Esikylä", concern = "Huoli",
            consent = new { basis = "Oral", givenOn = Day(today), heardBy = "Nelli Nuorisotyö" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var first = await nelli.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct);
        var sentAt = first.GetProperty("sentAt").GetDateTimeOffset();
        Assert.InRange(sentAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(sentAt, (await nelli.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct)).GetProperty("sentAt").GetDateTimeOffset());

        // Received on opening, then taken on; each change time read back as written, never before the one it follows.
        var opened = await sari.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct);
        Assert.Equal("Received", opened.GetProperty("status").GetString());
        var receivedAt = opened.GetProperty("statusChangedAt").GetDateTimeOffset();
        Assert.True(receivedAt >= sentAt);
        Assert.Equal(receivedAt, (await nelli.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct)).GetProperty("statusChangedAt").GetDateTimeOffset());
        var taken = await sari.PostAsJsonAsync($"/api/coordinator-referrals/{id}/take-on",
            new { personalIdentityCode = "060504A9043", firstName = "Reaali", lastName = "Aikainen", municipality = "Esikylä" }, Ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var clientId = (await taken.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("clientId").GetGuid();
        var after = await nelli.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct);
        Assert.Equal("TakenOn", after.GetProperty("status").GetString());
        Assert.True(after.GetProperty("statusChangedAt").GetDateTimeOffset() >= receivedAt);

        // An expert consultation on the new client, asked and answered on the real clock.
        var centre = (await sari.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/consultations", Ct)).GetProperty("experts").EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == "SpecialExpertiseTeam").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await sari.PostAsJsonAsync($"/api/clients/{clientId}/consents", new
        {
            organisationIds = new[] { centre }, categories = new[] { "HealthData" }, purpose = "Konsultaatio", validFrom = Day(today),
            validUntil = Day(today.AddMonths(3)), givenAs = "ElectronicConfirmation",
        }, Ct)).StatusCode);
        var asked = await sari.PostAsJsonAsync($"/api/clients/{clientId}/consultations", new { toOrganisationId = centre, question = "Näkemys?" }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var consultation = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var oskari = await app.SignedInAs("oskari.osaamiskeskus");
        Assert.Equal(HttpStatusCode.NoContent, (await oskari.PostAsJsonAsync($"/api/consultations/about-clients/{consultation}/answer", new { answer = "Vastaus." }, Ct)).StatusCode);
        var item = (await sari.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/consultations", Ct)).GetProperty("consultations")[0];
        Assert.True(item.GetProperty("answeredAt").GetDateTimeOffset() >= item.GetProperty("askedAt").GetDateTimeOffset());
        Assert.InRange(item.GetProperty("answeredAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));

        // Helmi's occupational health records a negotiation today: its Finnish dates read back as written.
        var terhi = await app.SignedInAs("terhi.tyoterveys");
        var helmi = (await terhi.GetFromJsonAsync<JsonElement>("/api/clients?query=Hitsaaja", Ct)).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await terhi.PostAsJsonAsync($"/api/clients/{helmi}/occupational-health/negotiations", new
        {
            heldOn = Day(today),
            participants = new[] { new { role = "Employee", name = "Helmi" }, new { role = "EmployerRepresentative", name = "Veli" }, new { role = "OhNurse", name = "Terhi" } },
            measures = new[] { "WorkTrial" }, agreement = "Työkokeilu.", followUpOn = Day(today.AddDays(20)),
        }, Ct)).StatusCode);
        var negotiation = (await terhi.GetFromJsonAsync<JsonElement>($"/api/clients/{helmi}/occupational-health", Ct)).GetProperty("negotiations")[0];
        Assert.Equal(Day(today), negotiation.GetProperty("heldOn").GetString());
        Assert.Equal(Day(today.AddDays(20)), negotiation.GetProperty("followUpOn").GetString());

        var admin = await app.SignedInAs("pekka.paakayttaja");
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
    }
}
