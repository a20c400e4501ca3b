using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>The inputs a fuzzer once turned into 500s get a 400 that names the field, in the request's language.</summary>
public class RefusingBadInputTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoErrorsOnOneField_NullLists_AndUnknownEnumValues_Are400_NamingTheField()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);

        var phone = await nurse.PostAsJsonAsync("/api/clients", new
        {
            personalIdentityCode = "010203A9057", firstName = "Testi", lastName = "Virheellinen", municipality = "Esikylä",
            phone = new string('x', 60), email = new string('@', 300),
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, phone.StatusCode);
        var errors = (await phone.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.GetProperty("phone").GetArrayLength() >= 2, errors.ToString());
        Assert.True(errors.GetProperty("email").GetArrayLength() >= 1, errors.ToString());

        var id = await DemoActors.RegisterClient(nurse, "020304A906Y");
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        var consent = await coordinator.PostAsJsonAsync($"/api/clients/{id}/consents",
            JsonDocument.Parse("""{"organisationIds": null, "categories": null, "purpose": "Yhteistyö"}""").RootElement, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
        Assert.True((await consent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("organisationIds", out _));

        var concern = await nurse.PostAsJsonAsync($"/api/clients/{id}/concerns",
            new { source = "Client", channel = "Kirjekyyhky", description = "Huoli", noticedOn = "2026-11-20", path = "Unemployed" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, concern.StatusCode);
        var body = await concern.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Arvo ei kelpaa tähän kenttään.", body.GetProperty("errors").GetProperty("channel")[0].GetString());
        Assert.DoesNotContain("Exception", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMegabyteNonHttpsVideoLink_Is400_NamingTheField()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var response = await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/meetings", new
        {
            proposedStarts = new[] { "2026-12-03T08:00:00Z" }, durationMinutes = 60, videoLink = "http://" + new string('a', 1024 * 1024),
            participantIds = new[] { s.People[DemoActors.SoteNurse] },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.GetProperty("videoLink").GetArrayLength() >= 1, errors.ToString());
    }

    [Theory]
    [InlineData("", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"username\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("\"hanna.hoitaja\"", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"username\": {\"a\": [[[[[]]]]]}}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("username=hanna.hoitaja", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("<username/>", "application/xml", HttpStatusCode.UnsupportedMediaType)]
    public async Task MalformedSignInBodies_Are400Or415(string body, string contentType, HttpStatusCode expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var client = app.CreateClient();
        var response = await client.PostAsync(new Uri("/auth/demo/sign-in", UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType), Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var signOut = await client.PostAsync(new Uri("/auth/sign-out", UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType), Ct);
        Assert.True((int)signOut.StatusCode < 500, signOut.StatusCode.ToString());
    }
}
