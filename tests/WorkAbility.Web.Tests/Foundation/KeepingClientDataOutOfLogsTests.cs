using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

public class KeepingClientDataOutOfLogsTests(PostgresCluster cluster)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartupSeedingAndPages_LogNoNamesOrIdentityCodes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, freshDatabase: true);
        var client = app.CreateClient();
        foreach (var url in new[] { "/", "/?culture=sv-FI", "/health", "/no-such-page" })
        {
            await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        }

        await using var db = app.NewDbContext();
        var clients = await db.Clients.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var log = string.Join('\n', app.LogLines);
        Assert.NotEmpty(app.LogLines);
        foreach (var c in clients)
        {
            Assert.DoesNotContain(c.PersonalIdentityCode.Value, log, StringComparison.Ordinal);
            Assert.DoesNotContain(c.LastName, log, StringComparison.Ordinal);
        }
    }
}
