using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>
/// F22 for a whole caseload: the professional who leaves (or their coordinator) hands every active case to named
/// colleagues in one action; each case is a warm handover the successor accepts, and the leaver can be taken out of
/// service once none is left. Only a coordinator hands over someone else's cases, and only to colleagues.
/// </summary>
public class HandingOverALeaversCaseloadTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACoordinator_HandsALeaversCases_ToColleagues_EachAcceptedOneByOne_ThenTheLeaverCanGo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 200);
        _ = app.Services;
        Guid hanna, lauri, sofia;
        int before;
        await using (var db = app.NewDbContext())
        {
            var people = await db.Professionals.ToDictionaryAsync(p => p.Username, p => p.Id, Ct);
            (hanna, lauri, sofia) = (people["hanna.hoitaja"], people["lauri.laakari"], people["sofia.sosiaalityo"]);
            before = await ActiveCasesManagedBy(db, hanna);
        }
        Assert.True(before >= 5, $"Hanna manages {before} active cases");

        // Teemu is no coordinator: he cannot hand over Hanna's cases; nor may Sari hand them to another organisation.
        var teemu = await app.SignedInAs("teemu.tyollisyys");
        var refused = await teemu.PostAsJsonAsync("/api/worklist/handover", new { fromId = hanna, successorIds = new[] { lauri }, note = "Hanna lähtee." }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var sari = await app.SignedInAs("sari.koordinaattori");
        var form = await sari.GetFromJsonAsync<JsonElement>("/api/worklist/handover", Ct);
        Assert.Contains(form.GetProperty("leaving").EnumerateArray(), p => p.GetProperty("id").GetGuid() == hanna && p.GetProperty("caseload").GetInt32() == before);
        Assert.DoesNotContain(form.GetProperty("colleagues").EnumerateArray(), p => p.GetProperty("name").GetString() == "Teemu Työllisyys");
        await using (var db = app.NewDbContext())
        {
            var elsewhere = await db.Professionals.Where(p => p.Username == "teemu.tyollisyys").Select(p => p.Id).SingleAsync(Ct);
            var outside = await sari.PostAsJsonAsync("/api/worklist/handover", new { fromId = hanna, successorIds = new[] { elsewhere }, note = "Hanna lähtee." }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        }
        var noNote = await sari.PostAsJsonAsync("/api/worklist/handover", new { fromId = hanna, successorIds = new[] { lauri } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);

        // One action: every case of hers becomes a proposal, shared between Lauri and Sofia.
        var answer = await sari.PostAsJsonAsync("/api/worklist/handover",
            new { fromId = hanna, successorIds = new[] { lauri, sofia }, note = "Hanna siirtyy muihin tehtäviin; asiakkaat jatkavat teillä." }, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var result = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        int proposed = result.GetProperty("proposed").GetInt32();
        Assert.Equal(before, proposed + result.GetProperty("alreadyPending").GetInt32() + result.GetProperty("outsideConsent").GetInt32() + result.GetProperty("notOpen").GetInt32());
        Assert.True(proposed > 0);
        Assert.All(result.GetProperty("shares").EnumerateArray(), s => Assert.True(s.GetProperty("cases").GetInt32() > 0));

        // Nothing changes until the successors accept; then she can be taken out of service.
        var admin = await app.SignedInAs("pekka.paakayttaja");
        Assert.False((await admin.PostAsync($"/api/admin/users/{hanna}/deactivate", null, Ct)).IsSuccessStatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(before, await ActiveCasesManagedBy(db, hanna));
            Assert.Equal(proposed, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.HandoverProposed && (n.RecipientId == lauri || n.RecipientId == sofia)
                && n.CreatedAt == app.Clock.GetUtcNow() && n.Kind == NotificationKind.HandoverProposed, Ct));
        }
        var successors = new Dictionary<Guid, HttpClient> { [lauri] = await app.SignedInAs("lauri.laakari"), [sofia] = await app.SignedInAs("sofia.sosiaalityo") };
        List<(Guid ClientId, Guid Successor)> waiting;
        var now = app.Clock.GetUtcNow();
        await using (var db = app.NewDbContext())
        {
            waiting = await (from t in db.Teams
                             where t.CaseManagerId == hanna && t.ProposedSuccessorId != null && t.HandoverProposedAt == now
                             join c in db.SupportCases on t.SupportCaseId equals c.Id
                             where c.Stage != CaseStage.Ended
                             select new { c.ClientId, Successor = t.ProposedSuccessorId!.Value }).ToListAsync(Ct)
                .ContinueWith(t => t.Result.Select(x => (x.ClientId, x.Successor)).ToList(), Ct);
        }
        Assert.Equal(proposed, waiting.Count);
        foreach (var (clientId, successor) in waiting)
        {
            var accepted = await successors[successor].PostAsJsonAsync($"/api/clients/{clientId}/team/handover/accept", new { jointMeetingHeld = true }, Ct);
            Assert.True(accepted.IsSuccessStatusCode, $"{(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync(Ct)}");
        }
        await using (var db = app.NewDbContext())
        {
            int left = await ActiveCasesManagedBy(db, hanna);
            Assert.Equal(before - proposed, left);
            if (left == 0)
            {
                Assert.True((await admin.PostAsync($"/api/admin/users/{hanna}/deactivate", null, Ct)).IsSuccessStatusCode);
            }
        }
    }

    private static Task<int> ActiveCasesManagedBy(AppDbContext db, Guid id) =>
        db.Teams.CountAsync(t => t.CaseManagerId == id && db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.Stage != CaseStage.Ended), Ct);
}
