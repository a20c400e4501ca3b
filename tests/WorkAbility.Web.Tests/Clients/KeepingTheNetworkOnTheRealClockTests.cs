using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Clients;

/// <summary>
/// This session's stored values through the real providers with the real clock (TimeProvider.System):
/// an existing service recorded today is current, ended today it is not, and read back it carries the
/// time it was recorded; a user taken out of service is signed out at once; and the access log those
/// requests wrote verifies.
/// </summary>
public class KeepingTheNetworkOnTheRealClockTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANetworkEntry_AndADeactivation_OnTheRealClock_ReadBackAsWritten_AndTheLogVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "020304A906Y", lastName: "Reaaliaika");
        var before = DateTimeOffset.UtcNow;

        var recorded = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/existing-services",
            new { kind = "Employment", organisation = "Esikylän työllisyyspalvelut", contactPerson = "Teemu Työllisyys" }, Ct);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var entry = (await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/existing-services", Ct)).GetProperty("services")[0];
        Assert.True(entry.GetProperty("current").GetBoolean());
        var at = entry.GetProperty("recordedAt").GetDateTimeOffset();
        Assert.InRange(at, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));

        // Ended today (the Finnish day): no longer current today.
        Assert.Equal(HttpStatusCode.NoContent, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/existing-services/{id}/end", new { }, Ct)).StatusCode);
        entry = (await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/existing-services", Ct)).GetProperty("services")[0];
        Assert.False(entry.GetProperty("current").GetBoolean());

        // A user without clients taken out of service: the open session ends at once on the real clock.
        var admin = await app.SignedInAs(DemoActors.Administrator);
        var free = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?role=Professional&active=true", Ct)).GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("responsibleFor").GetInt32() == 0);
        var user = await app.SignedInAs(free.GetProperty("username").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.PostAsync(new Uri($"/api/admin/users/{free.GetProperty("id").GetGuid()}/deactivate", UriKind.Relative), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);

        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
    }
}
