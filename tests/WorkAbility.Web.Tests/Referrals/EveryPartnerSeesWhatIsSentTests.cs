using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Referrals;

/// <summary>
/// The network works for every organisation that is sent something: the demo history is made through the live path's
/// own consent rule, each provider's inbox counts only what it lists, and a referral whose consent lapsed while it was
/// open is shown to the provider as such — service and sender, never the client.
/// </summary>
public class EveryPartnerSeesWhatIsSentTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryDemoReferralConsultationAndHandover_WasMadeUnderTheConsentRuleOfItsDay()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 300);
        _ = app.Services;
        await using var db = app.NewDbContext();
        var consents = (await db.Consents.AsNoTracking().ToListAsync(Ct)).ToLookup(c => c.ClientId);
        IReadOnlyDictionary<Guid, DataCategory> ScopeOf(Guid clientId, DateTimeOffset at) =>
            ConsentClock.Scope(consents[clientId].Where(c => c.RecordedAt <= at), at);

        var referrals = await (from r in db.Referrals.AsNoTracking()
                               join c in db.SupportCases on r.SupportCaseId equals c.Id
                               select new { r.Id, r.ToOrganisationId, r.SentAt, c.ClientId, c.OpenedAtOrganisationId }).ToListAsync(Ct);
        Assert.True(referrals.Count > 50, $"{referrals.Count} referrals");
        Assert.All(referrals, r => Assert.True(ReferralConsent.Covers(r.ToOrganisationId, r.OpenedAtOrganisationId, ScopeOf(r.ClientId, r.SentAt)),
            $"referral {r.Id} was sent to an organisation no consent of its day named"));

        var consultations = await (from k in db.CaseConsultations.AsNoTracking()
                                   join c in db.SupportCases on k.SupportCaseId equals c.Id
                                   select new { k.Id, k.ToOrganisationId, k.AskedAt, c.ClientId }).ToListAsync(Ct);
        Assert.NotEmpty(consultations);
        Assert.All(consultations, k => Assert.True(ScopeOf(k.ClientId, k.AskedAt).ContainsKey(k.ToOrganisationId), $"consultation {k.Id} without consent"));

        var handovers = await (from h in db.OhHandovers.AsNoTracking()
                               join c in db.SupportCases on h.SupportCaseId equals c.Id
                               select new { h.Id, h.ToOrganisationId, h.HandedOverAt, c.ClientId }).ToListAsync(Ct);
        Assert.NotEmpty(handovers);
        Assert.All(handovers, h => Assert.True(ScopeOf(h.ClientId, h.HandedOverAt).GetValueOrDefault(h.ToOrganisationId).HasFlag(DataCategory.HealthData),
            $"handover {h.Id} without consent naming the county"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryProfessionalsInbox_CountsWhatItLists_AndEveryOrganisationSentTo_SeesAndReceivesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 300);
        var users = (await app.CreateBrowserLikeClient().GetFromJsonAsync<JsonElement>("/auth/demo/users", Ct)).EnumerateArray()
            .Where(u => u.GetProperty("role").GetString() is "Professional" or "Coordinator").Select(u => u.GetProperty("username").GetString()!).ToList();
        await using var db = app.NewDbContext();
        var sentTo = await db.Referrals.Where(ReferralTransitions.Open).Select(r => r.ToOrganisationId).Distinct().ToListAsync(Ct);
        Assert.True(sentTo.Count >= 6, $"the demo sends to {sentTo.Count} organisations");
        var waiting = await db.Referrals.Where(r => r.Status == ReferralStatus.Sent).Select(r => r.ToOrganisationId).Distinct().ToListAsync(Ct);
        var withStaff = await db.Professionals.Where(p => waiting.Contains(p.OrganisationId)).Select(p => p.OrganisationId).Distinct().CountAsync(Ct);
        var received = new HashSet<string>();
        foreach (var user in users)
        {
            var http = await app.SignedInAs(user);
            int rows = 0, total = -1, pages = 1, shownWithClient = 0;
            Guid? firstSent = null;
            for (int page = 1; page <= pages; page++)
            {
                var inbox = await http.GetFromJsonAsync<JsonElement>($"/api/referrals/inbox?page={page}", Ct);
                (total, pages) = (inbox.GetProperty("total").GetInt32(), inbox.GetProperty("pages").GetInt32());
                foreach (var row in inbox.GetProperty("rows").EnumerateArray())
                {
                    rows++;
                    if (row.GetProperty("clientId").ValueKind is JsonValueKind.String)
                    {
                        shownWithClient++;
                        if (firstSent is null && row.GetProperty("status").GetString() == "Sent")
                        {
                            firstSent = row.GetProperty("id").GetGuid();
                        }
                    }
                }
            }
            Assert.True(total == rows, $"{user}: inbox total {total}, rows over {pages} page(s) {rows}");
            // A fresh demo county has no lapsed consent: every open referral's client is seen by its provider.
            Assert.True(shownWithClient == rows, $"{user}: {rows - shownWithClient} of {rows} open referrals without the client");
            if (firstSent is { } id && received.Add(await OrganisationOf(db, user)))
            {
                var view = await http.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}", Ct);
                var move = await http.PostAsJsonAsync($"/api/referrals/{id}/status", new { status = "Received", version = view.GetProperty("version").GetString() }, Ct);
                Assert.True(move.IsSuccessStatusCode, $"{user} could not receive referral {id}: {(int)move.StatusCode}");
            }
        }
        Assert.True(withStaff >= 3, $"{withStaff} organisations have referrals waiting to be received");
        Assert.True(received.Count == withStaff, $"{received.Count} of {withStaff} organisations with a referral waiting received one");
    }

    [Fact]
    public async Task AReferralWhoseConsentLapsedWhileOpen_IsShownToTheProviderWithoutTheClient_AndItsNoticeStillOpens()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 300);
        _ = app.Services;
        Guid referralId, provider, clientId;
        string coordinator;
        await using (var db = app.NewDbContext())
        {
            var nelli = await db.Professionals.SingleAsync(p => p.Username == "nelli.nuoriso", Ct);
            provider = nelli.OrganisationId;
            var open = await (from r in db.Referrals.Where(ReferralTransitions.Open)
                              where r.ToOrganisationId == provider
                              join c in db.SupportCases on r.SupportCaseId equals c.Id
                              join k in db.Professionals on c.CoordinatorId equals k.Id
                              select new { r.Id, c.ClientId, k.Username }).FirstAsync(Ct);
            (referralId, clientId, coordinator) = (open.Id, open.ClientId, open.Username);
            // The client withdraws every consent naming the provider.
            foreach (var consent in await db.Consents.Where(c => c.ClientId == open.ClientId && c.WithdrawnAt == null).ToListAsync(Ct))
            {
                if (consent.OrganisationIds.Contains(provider))
                {
                    consent.Withdraw(null, "Asiakas peruu suostumuksen.", app.Clock.GetUtcNow());
                }
            }
            await db.SaveChangesAsync(Ct);
        }
        var http = await app.SignedInAs("nelli.nuoriso");
        var rows = new List<JsonElement>();
        var first = await http.GetFromJsonAsync<JsonElement>("/api/referrals/inbox", Ct);
        for (int page = 1; page <= first.GetProperty("pages").GetInt32(); page++)
        {
            rows.AddRange((await http.GetFromJsonAsync<JsonElement>($"/api/referrals/inbox?page={page}", Ct)).GetProperty("rows").EnumerateArray());
        }
        Assert.Equal(first.GetProperty("total").GetInt32(), rows.Count);
        var lapsed = Assert.Single(rows, r => r.GetProperty("id").GetGuid() == referralId);
        Assert.Equal(JsonValueKind.Null, lapsed.GetProperty("clientId").ValueKind);
        Assert.Equal(JsonValueKind.Null, lapsed.GetProperty("clientName").ValueKind);
        Assert.True(lapsed.GetProperty("outsideConsent").GetBoolean());

        var view = await http.GetFromJsonAsync<JsonElement>($"/api/referrals/{referralId}", Ct);
        Assert.True(view.GetProperty("outsideConsent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("clientName").ValueKind);
        Assert.Empty(view.GetProperty("nextMoves").EnumerateArray());
        var html = await http.GetStringAsync($"/lahetteet/{referralId}", Ct);
        Assert.Contains("ota yhteyttä lähettäjään", html, StringComparison.Ordinal);

        // The case's coordinator sees the open loop the provider can no longer act on as a risk of the case.
        var followUp = await (await app.SignedInAs(coordinator)).GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/follow-up", Ct);
        Assert.Contains(followUp.GetProperty("risks").EnumerateArray(), r => r.GetProperty("code").GetString() == "ReferralOutsideConsent");

        // Her notices link only where she may go now.
        foreach (var notice in (await http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).EnumerateArray())
        {
            if (notice.GetProperty("link").GetString() is { } link)
            {
                var answer = await http.GetAsync(link, Ct);
                Assert.True(answer.StatusCode is HttpStatusCode.OK, $"notice link {link}: {(int)answer.StatusCode}");
            }
        }
    }

    private static async Task<string> OrganisationOf(AppDbContext db, string username) =>
        (await db.Professionals.SingleAsync(p => p.Username == username, Ct)).OrganisationId.ToString();
}
