using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>A create retried with the same Idempotency-Key creates once and answers the same, even after a restart.</summary>
public class RetryingCreatesSafelyTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Post(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static readonly object Concern = new
    {
        source = "Client", channel = "Phone", description = "Pitkittynyt flunssa", noticedOn = "2026-11-20", path = "Unemployed",
        raisedWithClient = true, clientResponse = "Tarvitsen apua", employmentStatus = "unemployed", visitReason = "pitkittynyt flunssa",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSameKeyAndBody_GetTheFirstAnswer_AnotherBody_Is422_AndNothingIsDuplicated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        var client = new { personalIdentityCode = "010203A9057", firstName = "Testi", lastName = "Kertaalleen", municipality = "Esikylä" };
        string firstBody;
        Guid clientId;
        await using (var app = new WorkAbilityApp(database))
        {
            var nurse = await app.SignedInAs(DemoActors.SoteNurse);
            var first = await nurse.SendAsync(Post("/api/clients", client, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            firstBody = await first.Content.ReadAsStringAsync(Ct);
            clientId = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();

            var retry = await nurse.SendAsync(Post("/api/clients", client, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
            Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync(Ct));
            Assert.Equal(first.Headers.Location, retry.Headers.Location);
            Assert.True(retry.Headers.Contains("Idempotent-Replayed"));

            var other = await nurse.SendAsync(Post("/api/clients",
                new { personalIdentityCode = "020304A906Y", firstName = "Toinen", lastName = "Runko", municipality = "Esikylä" }, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
            Assert.Equal("idempotency_key_reused", (await other.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

            // Retried concerns do not become two concerns.
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.Created, (await nurse.SendAsync(Post($"/api/clients/{clientId}/concerns", Concern, "concern-1"), Ct)).StatusCode);
            }
            // Another user's identical key is another key.
            var doctor = await app.SignedInAs(DemoActors.SoteDoctor);
            var doctors = await doctor.SendAsync(Post("/api/clients", client, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.Conflict, doctors.StatusCode); // client_exists: it ran, it was not replayed
            Assert.False(doctors.Headers.Contains("Idempotent-Replayed"));
        }

        await using (var restarted = new WorkAbilityApp(database, seedDemoData: false))
        {
            var nurse = await restarted.SignedInAs(DemoActors.SoteNurse);
            var afterRestart = await nurse.SendAsync(Post("/api/clients", client, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.Created, afterRestart.StatusCode);
            Assert.Equal(firstBody, await afterRestart.Content.ReadAsStringAsync(Ct));

            // Kept 24 hours: a day later the key is free again (and the client now exists).
            restarted.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
            nurse = await restarted.SignedInAs(DemoActors.SoteNurse);
            var dayLater = await nurse.SendAsync(Post("/api/clients", client, "create-client-1"), Ct);
            Assert.Equal(HttpStatusCode.Conflict, dayLater.StatusCode);
        }

        await using var db = new WorkAbilityApp(database, seedDemoData: false).NewDbContext();
        Assert.Equal(1, await db.Clients.CountAsync(c => c.LastName == "Kertaalleen", Ct));
        Assert.Equal(1, await db.Concerns.CountAsync(c => db.SupportCases.Any(s => s.Id == c.SupportCaseId && s.ClientId == clientId), Ct));
    }

    [Fact]
    public async Task AMalformedKey_Is400()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.SendAsync(Post("/api/clients", new { personalIdentityCode = "010203A9057" }, new string('k', 201)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
