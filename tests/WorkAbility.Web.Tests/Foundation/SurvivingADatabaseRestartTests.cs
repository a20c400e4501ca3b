using System.Net;
using System.Net.Http.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>A PostgreSQL restart is not the users' problem: the first requests after it succeed.</summary>
public class SurvivingADatabaseRestartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterAPostgresRestart_TheFirstReadsAndWritesSucceed()
    {
        // A cluster of its own: restarting the shared one would cut other tests' connections.
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        try
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
            await using var app = new WorkAbilityApp(database);
            var nurse = await app.SignedInAs(DemoActors.SoteNurse);
            var id = await DemoActors.RegisterClient(nurse, "010203A9057");
            // Fill the pool with several idle connections, all of which the restart will kill.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)));

            await cluster.RestartAsync();

            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 5; i++)
            {
                statuses.Add((await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)).StatusCode);
            }
            var created = await nurse.PostAsJsonAsync("/api/clients",
                new { personalIdentityCode = "020304A906Y", firstName = "Testi", lastName = "Uudelleen", municipality = "Esikylä" }, Ct);
            statuses.Add(created.StatusCode);
            Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.Created], statuses);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
