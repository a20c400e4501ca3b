using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Referrals;

/// <summary>
/// A provider of a large county has thousands of open referrals: the inbox shows 50 at a time, oldest first,
/// counts them all, and checks and logs only the clients on the page shown.
/// </summary>
public class PagingTheReferralInboxTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheInbox_ShowsFiftyAPage_OldestFirst_AndLogsOnlyThePagesClients(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        // A provider's professional whose inbox the demo county has filled.
        List<string> providers;
        await using (var db = app.NewDbContext())
        {
            var open = db.Referrals.Where(ReferralTransitions.Open).Select(r => r.ToOrganisationId);
            providers = await db.Professionals.Where(p => open.Contains(p.OrganisationId)).OrderBy(p => p.Username).Select(p => p.Username).ToListAsync(Ct);
        }
        HttpClient coach = null!;
        JsonElement before = default;
        foreach (var username in providers)
        {
            coach = await app.SignedInAs(username);
            before = await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct);
            if (before.GetProperty("rows").GetArrayLength() > 0)
            {
                break;
            }
        }
        int earlier = before.GetProperty("total").GetInt32();
        Assert.True(before.GetProperty("rows").GetArrayLength() > 0, "the demo county has open referrals a provider sees");

        // Sixty more open referrals of one client already in the inbox, older than any there.
        Guid clientId;
        DateTimeOffset oldest;
        await using (var db = app.NewDbContext())
        {
            var first = before.GetProperty("rows")[0];
            clientId = first.GetProperty("clientId").GetGuid();
            var template = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == first.GetProperty("id").GetGuid(), Ct);
            oldest = await db.Referrals.MinAsync(r => r.SentAt, Ct);
            for (int i = 0; i < 60; i++)
            {
                db.Referrals.Add(Referral.Send(template.SupportCaseId, null, template.ServiceId, template.ToOrganisationId, 2, $"vanha {i}", [],
                    template.SentById, oldest.AddDays(-60 + i)));
            }
            await db.SaveChangesAsync(Ct);
        }
        int logged = await Logged(app);

        var page1 = await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct);
        var page2 = await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox?page=2", Ct);

        int total = earlier + 60;
        Assert.Equal(total, page1.GetProperty("total").GetInt32());
        Assert.Equal((total + 49) / 50, page1.GetProperty("pages").GetInt32());
        var rows1 = page1.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(50, rows1.Count);
        Assert.All(rows1, r => Assert.Equal(clientId, r.GetProperty("clientId").GetGuid()));
        var sent = rows1.Concat(page2.GetProperty("rows").EnumerateArray()).Select(r => r.GetProperty("sentAt").GetDateTimeOffset()).ToList();
        Assert.Equal(sent.Order(), sent);
        // the last ten of the sixty lead page 2, before anything that was there
        var rows2 = page2.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows2.Take(10), r => Assert.True(r.GetProperty("clientId").GetGuid() == clientId && r.GetProperty("sentAt").GetDateTimeOffset() < oldest));
        Assert.All(rows2.Skip(10), r => Assert.True(r.GetProperty("sentAt").GetDateTimeOffset() >= oldest));
        // Page 1 showed one client: one entry; page 2 its clients, each once.
        int page2Clients = page2.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("clientId").GetGuid()).Distinct().Count();
        Assert.Equal(logged + 1 + page2Clients, await Logged(app));

        // A page past the end shows the last; the page says where it is.
        var past = await coach.GetFromJsonAsync<JsonElement>("/api/referrals/inbox?page=999", Ct);
        Assert.Equal(page1.GetProperty("pages").GetInt32(), past.GetProperty("page").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.GetAsync(new Uri("/api/referrals/inbox?page=kaksi", UriKind.Relative), Ct)).StatusCode);
        var html = await coach.GetStringAsync(new Uri("/lahetteet?sivu=2", UriKind.Relative), Ct);
        Assert.Contains($"{total} avointa, sivu 2/{(total + 49) / 50}", html, StringComparison.Ordinal);
    }

    private static async Task<int> Logged(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        return await db.AccessLog.CountAsync(e => e.Resource == "referral.inbox" && e.Action == AccessAction.Search, Ct);
    }
}
