using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.FollowUp;

/// <summary>
/// F33: self-care or a low-threshold service is enough — and the nurse who decided it owns the case:
/// she must agree the first follow-up, finds the case on her worklist, follows it up and ends it; a
/// colleague cannot. When no follow-up is agreed any more, the risk fires and the coordinator's desk
/// lists the case until a coordinator takes it on and agrees the next one.
/// </summary>
public class OwningTheLowThresholdRouteTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDecider_OwnsTheSelfCareCase_FollowsItUpAndEndsIt_AndAStrandedOneIsCaught(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var today = WorkAbility.Domain.Common.FinnishCalendar.Today(app.Clock);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057", "Omahoitaja");
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/concerns", new
        {
            source = "Client", channel = "Phone", description = "Univaikeudet ja väsymys.", noticedOn = Day(today),
        }, Ct)).StatusCode);

        object Assessment(DateOnly? followUpOn) => new
        {
            clientView = "Haluan saada unirytmin kuntoon itse.", professionalView = "Omahoito ohjauksella riittää.", level = "SelfCareWithGuidance",
            reasons = "Työkyky hyvä, tuen tarve kapea.", followUpOn = followUpOn is { } d ? Day(d) : null,
        };

        // Self-care without a follow-up date is refused: somebody must come back to it.
        var refused = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments", Assessment(null), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("low_threshold_needs_follow_up", (await Json(refused)).GetProperty("codes").GetProperty("followUpOn").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments", Assessment(today.AddYears(2)), Ct)).StatusCode);
        var decided = await Json(await nurse.PostAsJsonAsync($"/api/clients/{clientId}/assessments", Assessment(today.AddDays(3)), Ct));
        Assert.Equal("Services", decided.GetProperty("stage").GetString());

        // Hers: on her worklist with the agreed date; a colleague of the same centre may read but not follow it up.
        var row = await WorklistRow(nurse, clientId);
        Assert.Equal(Day(today.AddDays(3)), row.GetProperty("nextDueOn").GetString());
        var colleague = await app.SignedInAs(DemoActors.SoteDoctor);
        var notHers = await colleague.PostAsJsonAsync($"/api/clients/{clientId}/follow-up/contacts",
            new { contactOn = Day(today), channel = "Phone", summary = "Soitto." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, notHers.StatusCode);

        // She calls; the contact meets the date and no new one is agreed: now nobody will come back to it.
        Assert.Equal(HttpStatusCode.BadRequest, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/follow-up/contacts",
            new { contactOn = Day(today), channel = "Phone", summary = "Soitto.", nextFollowUpOn = Day(today.AddDays(-1)) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/follow-up/contacts",
            new { contactOn = Day(today), channel = "Phone", summary = "Uni parantunut, jatkaa omahoitoa." }, Ct)).StatusCode);
        row = await WorklistRow(nurse, clientId);
        Assert.Contains(row.GetProperty("risks").EnumerateArray(), r => r.GetProperty("code").GetString() == "LowThresholdWithoutOwnerOrFollowUp");

        // The coordinator's desk catches it and she takes it on; then she agrees the next follow-up and the risk is gone.
        var coordinator = await app.SignedInAs("sari.koordinaattori");
        var desk = await coordinator.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        var stranded = desk[desk.IndexOf("id=\"stranded\"", StringComparison.Ordinal)..desk.IndexOf("id=\"caseload\"", StringComparison.Ordinal)];
        Assert.Contains("Omahoitaja, Testi", stranded, StringComparison.Ordinal);
        Assert.Contains("ei sovittua seurantaa", stranded, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync(new Uri($"/api/clients/{clientId}/cases/coordinator", UriKind.Relative), null, Ct)).StatusCode);
        desk = await coordinator.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        stranded = desk[desk.IndexOf("id=\"stranded\"", StringComparison.Ordinal)..desk.IndexOf("id=\"caseload\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("Omahoitaja, Testi", stranded, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/clients/{clientId}/follow-up/contacts",
            new { contactOn = Day(today), channel = "Phone", summary = "Sovittu seuraava soitto.", nextFollowUpOn = Day(today.AddDays(30)) }, Ct)).StatusCode);
        row = await WorklistRow(nurse, clientId);
        Assert.DoesNotContain(row.GetProperty("risks").EnumerateArray(), r => r.GetProperty("code").GetString() == "LowThresholdWithoutOwnerOrFollowUp");
        Assert.Equal(Day(today.AddDays(30)), row.GetProperty("nextDueOn").GetString());

        // The owner ends support with an outcome.
        Assert.Equal(HttpStatusCode.NoContent, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/cases/end",
            new { outcome = "SupportNoLongerNeeded", closingEvaluation = "Omahoito riitti." }, Ct)).StatusCode);
        await using var db = app.NewDbContext();
        var ended = await db.SupportCases.SingleAsync(c => c.ClientId == clientId, Ct);
        Assert.Equal(CaseStage.Ended, ended.Stage);
        Assert.Equal(CaseOutcome.SupportNoLongerNeeded, ended.Outcome);
    }

    private static async Task<JsonElement> WorklistRow(HttpClient http, Guid clientId)
    {
        var list = await http.GetFromJsonAsync<JsonElement>("/api/worklist?risk=", Ct);
        for (int page = 1; ; page++)
        {
            if (page > 1)
            {
                list = await http.GetFromJsonAsync<JsonElement>($"/api/worklist?page={page}", Ct);
            }
            foreach (var row in list.GetProperty("rows").EnumerateArray())
            {
                if (row.GetProperty("clientId").GetGuid() == clientId)
                {
                    return row;
                }
            }
            Assert.True(page < list.GetProperty("pages").GetInt32(), "the owner's worklist shows the case");
        }
    }
}
