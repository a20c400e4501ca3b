using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Scale;

/// <summary>
/// Two app nodes on one PostgreSQL serve the same people: the session, the keys that open its cookie and
/// everything a page reads live in the database, so a load balancer may send any request to either node.
/// </summary>
public class ServingFromTwoNodesTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASessionStartedOnOneNode_WorksOnTheOther_AndEndsOnBoth()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var first = new WorkAbilityApp(database, systemClock: true);
        _ = first.Services;
        await using var second = new WorkAbilityApp(database, systemClock: true);
        _ = second.Services;

        using var signIn = first.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var response = await signIn.PostAsJsonAsync("/auth/demo/sign-in", new { username = DemoActors.SoteNurse }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        HttpClient On(WorkAbilityApp node)
        {
            var http = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            http.DefaultRequestHeaders.Add("Cookie", cookie);
            return http;
        }
        using var onFirst = On(first);
        using var onSecond = On(second);

        // The same worklist from either node: the cookie opens with the keys both read from the database.
        var fromFirst = await onFirst.GetFromJsonAsync<JsonElement>("/api/worklist", Ct);
        var fromSecond = await onSecond.GetFromJsonAsync<JsonElement>("/api/worklist", Ct);
        Assert.True(fromFirst.GetProperty("total").GetInt32() > 0);
        Assert.Equal(fromFirst.GetProperty("total").GetInt32(), fromSecond.GetProperty("total").GetInt32());
        await using (var db = first.NewDbContext())
        {
            Assert.True(await db.DataProtectionKeys.CountAsync(Ct) >= 1);
        }

        // Signing out on one node ends the session on the other (sessions are rows, not node memory).
        Assert.Equal(HttpStatusCode.NoContent, (await onSecond.PostAsync(new Uri("/auth/sign-out", UriKind.Relative), null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onFirst.GetAsync(new Uri("/api/worklist", UriKind.Relative), Ct)).StatusCode);
    }
}
