using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>The team API carries its version; a change based on a stale one is 409, never merged (as a plan save is).</summary>
public class ChangingTheTeamConcurrentlyTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AChangeBasedOnAStaleVersion_Is409_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        async Task<(string Version, int Members)> Team()
        {
            var team = (await s.Coordinator_.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/team", Ct)).GetProperty("team");
            return (team.GetProperty("version").GetString()!, team.GetProperty("members").GetArrayLength());
        }
        var (seen, members) = await Team();
        var doctor = s.People[DemoActors.SoteDoctor];

        // Someone else changes the team first ...
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/members",
            new { professionalId = doctor, basedOnVersion = seen }, Ct)).StatusCode);
        // ... so a change based on what the coordinator saw is refused, and so is a removal.
        var stale = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/handover",
            new { successorId = doctor, note = "Siirto", basedOnVersion = seen }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("team_changed_meanwhile", (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var staleRemoval = await s.Coordinator_.DeleteAsync(new Uri($"/api/clients/{s.ClientId}/team/members/{doctor}?basedOnVersion={seen}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Conflict, staleRemoval.StatusCode);

        var (now, membersNow) = await Team();
        Assert.NotEqual(seen, now);
        Assert.Equal(members + 1, membersNow);
        // With the current version the change goes through.
        Assert.Equal(HttpStatusCode.NoContent, (await s.Coordinator_.DeleteAsync(
            new Uri($"/api/clients/{s.ClientId}/team/members/{doctor}?basedOnVersion={now}", UriKind.Relative), Ct)).StatusCode);
    }
}
