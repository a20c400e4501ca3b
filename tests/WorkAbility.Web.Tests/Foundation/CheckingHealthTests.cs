using System.Net;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class CheckingHealthTests(PostgresCluster cluster)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_WhenDatabaseAnswers_Then200WithDatabaseHealthy(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(db, seedDemoData: false);
        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Health_WhenTheDatabaseGoesAway_ThenReportsUnhealthy_AndKeepsServing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var app = new WorkAbilityApp(db, seedDemoData: false);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        await db.DropAsync();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("database").GetString());
        Assert.DoesNotContain("Host=", body, StringComparison.Ordinal);

        // The app itself is still up: a second check answers the same way.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }
}
