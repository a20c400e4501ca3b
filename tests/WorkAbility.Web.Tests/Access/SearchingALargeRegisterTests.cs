using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Access;

/// <summary>
/// A common name in a large register: the search reads a bounded number of matches, shows the first page by
/// name, tells how many matched (or that there were more than it reads), and logs only the clients it shows.
/// </summary>
public class SearchingALargeRegisterTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACommonName_ShowsTheFirstFiftyByName_SaysHowManyMatched_AndAsksToNarrowItWhenThereAreMore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 0);
        _ = app.Services;
        await using (var db = app.NewDbContext())
        {
            var organisation = (await db.Professionals.SingleAsync(p => p.Username == DemoActors.SoteNurse, Ct)).OrganisationId;
            // 60 Koelmas and more Harjoituses than a search reads, registered in reverse order of their first names.
            int n = 0;
            foreach (var (last, count) in new[] { ("Koelma", 60), ("Harjoitus", ClientAccess.SearchReach + 20) })
            {
                for (int i = count - 1; i >= 0; i--, n++)
                {
                    var code = PersonalIdentityCode.Create(new DateOnly(1960, 1, 1).AddDays(n), 200 + (n % 600)).Value;
                    db.Clients.Add(Client.Register(code, $"Etu{i:D3}", last, "Esikylä", null, null, WorkAbilityApp.StartTime, organisation));
                }
            }
            await db.SaveChangesAsync(Ct);
        }
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);

        async Task<int> SearchEntries()
        {
            await using var db = app.NewDbContext();
            return await db.AccessLog.CountAsync(e => e.Resource == "client.search", Ct);
        }

        int before = await SearchEntries();
        var koelmat = await nurse.GetFromJsonAsync<JsonElement[]>("/api/clients?query=koelma", Ct);
        Assert.Equal(50, koelmat!.Length);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Etu{i:D3}"), koelmat.Select(c => c.GetProperty("firstName").GetString()));
        Assert.Equal(before + 50, await SearchEntries());
        var page = await nurse.GetStringAsync(new Uri("/asiakkaat?haku=koelma", UriKind.Relative), Ct);
        Assert.Contains("Hakua vastaa 60 asiakasta; näytetään 50 ensimmäistä nimen mukaan.", page, StringComparison.Ordinal);

        var harjoitukset = await nurse.GetFromJsonAsync<JsonElement[]>("/api/clients?query=Harjoitus", Ct);
        Assert.Equal(50, harjoitukset!.Length);
        var names = harjoitukset.Select(c => c.GetProperty("firstName").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        page = await nurse.GetStringAsync(new Uri("/asiakkaat?haku=Harjoitus", UriKind.Relative), Ct);
        Assert.Contains($"Yli {ClientAccess.SearchReach} asiakasta vastaa hakua", page, StringComparison.Ordinal);

        // Few matches: the plain count.
        page = await nurse.GetStringAsync(new Uri("/asiakkaat?haku=Etu059", UriKind.Relative), Ct);
        Assert.Contains("Löytyi 2 asiakasta.", page, StringComparison.Ordinal);
    }
}
