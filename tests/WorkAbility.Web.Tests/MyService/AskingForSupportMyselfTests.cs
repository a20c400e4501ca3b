using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.MyService;

/// <summary>
/// F40 through HTTP: the demo's resident not yet a client asks for support herself; it waits on the desk of her home
/// municipality's coordinators like a saatelomake "from the person themselves"; a known client gets the same answer; bad
/// input is named at its field; one request waits at a time; the coordinator takes her on and she sees it.
/// </summary>
public class AskingForSupportMyselfTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AResidentNotYetKnown_AsksForSupport_AndItWaitsOnHerMunicipalitysDesk(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var users = await app.CreateClient().GetFromJsonAsync<JsonElement>("/auth/demo/users", Ct);
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("username").GetString() == "asukas-riikka" && u.GetProperty("role").GetString() == "Resident");
        var riikka = await app.SignedInAs("asukas-riikka");

        // She lands on the request and has nothing else: no client data of hers or anyone's.
        var home = await riikka.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains("/pyynto", home.Headers.Location?.OriginalString ?? await home.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await riikka.GetAsync(new Uri("/api/me", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await riikka.GetAsync(new Uri("/api/me/messages", UriKind.Relative), Ct)).StatusCode);
        var search = await riikka.GetAsync(new Uri("/api/clients?query=Mallikas", UriKind.Relative), Ct);
        Assert.True(search.StatusCode != HttpStatusCode.OK || await search.Content.ReadAsStringAsync(Ct) == "[]");
        var mine = await riikka.GetFromJsonAsync<JsonElement>("/api/me/requests-for-support", Ct);
        Assert.Empty(mine.GetProperty("requests").EnumerateArray());
        Assert.Contains(mine.GetProperty("municipalities").EnumerateArray(), m => m.GetString() == "Mallila");

        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { concern = "x" }, "municipality"),
                     (new { municipality = "Atlantis", concern = "x" }, "municipality"),
                     (new { municipality = "Mallila" }, "concern"),
                     (new { municipality = "Mallila", concern = "x", phone = "soita" }, "phone"),
                     (new { municipality = "Mallila", concern = "x", existingServices = new[] { new { organisation = "Kela" } } }, "existingServices[0].kind"),
                 })
        {
            var refused = await riikka.PostAsJsonAsync("/api/me/requests-for-support", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        // On the page a mistake keeps what was typed and names the field.
        var onPage = await PageForms.Post(riikka, "/pyynto", "ask", [new("Ask.Municipality", ""), new("Ask.Concern", "Tämä teksti jää talteen")]);
        var pageHtml = await onPage.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tämä teksti jää talteen", pageHtml, StringComparison.Ordinal);
        Assert.Contains("Kotikunta:", pageHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await riikka.PostAsync(new Uri("/api/me/requests-for-support", UriKind.Relative),
            new StringContent("{\"municipality\":", System.Text.Encoding.UTF8, "application/json"), Ct)).StatusCode);

        var sent = await riikka.PostAsJsonAsync("/api/me/requests-for-support", new
        {
            municipality = "mallila", concern = "Jaksaminen ei riitä enää kokopäivätyöhön.", tried = "Lyhensin työpäiviä.",
            existingServices = new[] { new { kind = "Health", organisation = "Mallilan sote-keskus" } },
            phone = "040 765 4321", contactPreference = "Tekstiviesti ensin",
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var again = await riikka.PostAsJsonAsync("/api/me/requests-for-support", new { municipality = "Mallila", concern = "Toinen" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("request_already_waiting", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // On the desk of Mallila's coordinators, from the person herself; Esikylä's coordinator does not see it.
        var jukka = await app.SignedInAs(DemoActors.MallilaCoordinator);
        var desk = await jukka.GetStringAsync("/tyopoyta", Ct);
        Assert.Contains("Rinne, Riikka", desk, StringComparison.Ordinal);
        Assert.Contains("Henkilö itse (oma pyyntö)", desk, StringComparison.Ordinal);
        var opened = await jukka.GetFromJsonAsync<JsonElement>($"/api/coordinator-referrals/{id}", Ct);
        Assert.Contains("OwnRequest", opened.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Henkilö itse (oma pyyntö)", await jukka.GetStringAsync($"/saatelomakkeet/{id}", Ct), StringComparison.Ordinal);
        var sari = await app.SignedInAs("sari.koordinaattori");
        Assert.Equal(HttpStatusCode.NotFound, (await sari.GetAsync(new Uri($"/api/coordinator-referrals/{id}", UriKind.Relative), Ct)).StatusCode);

        // She sees it opened, then taken on.
        var status = await riikka.GetFromJsonAsync<JsonElement>("/api/me/requests-for-support", Ct);
        Assert.Equal("Received", status.GetProperty("requests")[0].GetProperty("status").GetString());
        var taken = await jukka.PostAsJsonAsync($"/api/coordinator-referrals/{id}/take-on", new
        {
            personalIdentityCode = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1994, 2, 11), 997).Value, firstName = "Riikka", lastName = "Rinne", municipality = "Mallila", path = "EmployedWithoutOccupationalHealth",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var clientId = (await taken.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("clientId").GetGuid();
        Assert.Contains("Otettu vastaan", await riikka.GetStringAsync("/pyynto", Ct), StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        var concern = await db.Concerns.SingleAsync(c => db.SupportCases.Any(k => k.Id == c.SupportCaseId && k.ClientId == clientId), Ct);
        Assert.Equal((ConcernSource.Client, ContactChannel.CoordinatorReferral), (concern.Source, concern.Channel));
        Assert.Equal("Mallilan sote-keskus", (await db.ExistingServices.SingleAsync(x => x.ClientId == clientId, Ct)).Organisation);
    }

    [Fact]
    public async Task AKnownClient_GetsTheSameAnswer_AndTheirRequestIsOnTheirOwnLog()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        Guid clientId;
        await using (var db = app.NewDbContext())
        {
            clientId = await db.Clients.Where(c => c.FirstName == "Matti" && c.LastName == "Mallikas").Select(c => c.Id).SingleAsync(Ct);
        }
        var matti = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        var sent = await matti.PostAsJsonAsync("/api/me/requests-for-support", new { municipality = "Esikylä", concern = "Flunssa ei parane." }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var body = await sent.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["id"], body.EnumerateObject().Select(p => p.Name).ToArray());
        // While it waits, the page says so and offers no second one.
        var html = await matti.GetStringAsync("/pyynto", Ct);
        Assert.Contains("Pyyntösi odottaa koordinaattoria.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Ask.Concern\"", html, StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.AccessLog.CountAsync(e => e.ClientId == clientId && e.Resource == "me.request-for-support", Ct));
            Assert.Equal(CoordinatorReferralStatus.Sent, (await db.CoordinatorReferrals.SingleAsync(r => r.SentById == null && r.Municipality == "Esikylä", Ct)).Status);
        }
        // A professional cannot ask on the person's behalf through this route: theirs is the saatelomake.
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.PostAsJsonAsync("/api/me/requests-for-support", new { municipality = "Esikylä", concern = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/me/requests-for-support", new { municipality = "Esikylä", concern = "x" }, Ct)).StatusCode);
    }
}
