using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Assessment;

public class FillingTheSelfAssessmentTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Answers(int was, int each) => new()
    {
        ["was"] = was.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["body"] = each.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["activities"] = each.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["participation"] = each.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["environment"] = each.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["resources"] = each.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["working"] = "no",
        ["own-words"] = "Väsyttää",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoFillings_OnDifferentDates_ShowTheChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");

        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/self-assessments", Answers(3, 2), Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(28));
        nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/clients/{clientId}/self-assessments", Answers(5, 3), Ct)).StatusCode);

        var history = await nurse.GetFromJsonAsync<JsonElement[]>($"/api/clients/{clientId}/self-assessments", Ct);
        Assert.Equal(2, history!.Length);
        Assert.Equal(15, history[0].GetProperty("scores").GetProperty("functioning").GetInt32());
        Assert.Equal(10, history[1].GetProperty("scores").GetProperty("functioning").GetInt32());

        var page = await nurse.GetStringAsync(new Uri($"/asiakkaat/{clientId}/itsearvio", UriKind.Relative), Ct);
        var table = WebUtility.HtmlDecode(page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)]);
        Assert.True(table.Contains("<td class=\"num\">+2</td>", StringComparison.Ordinal), table); // work ability score 3 → 5
        Assert.Contains("<td class=\"num\">+5</td>", table, StringComparison.Ordinal); // functioning 10 → 15
        Assert.Contains("21.12.2026", page, StringComparison.Ordinal);
        Assert.Contains("23.11.2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingAndInvalidAnswers_AreNamedPerQuestion_InTheRequestsLanguage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var answers = Answers(11, 2);
        answers.Remove("body");
        answers["working"] = "yes";
        var response = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/self-assessments?culture=sv-FI", answers, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["body", "was", "work-demands"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Svara på den här frågan.", errors.GetProperty("body")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KykyviisariResult_IsRecordedAsAnExternalMeasure_AndShownWithTheSelfAssessments(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var created = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/external-measures/kykyviisari", new
        {
            measuredOn = "2026-11-15",
            scores = new Dictionary<string, decimal> { ["overall"] = 5.5m, ["environment"] = 7m },
            note = "Täytetty Omaolossa",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var measures = await nurse.GetFromJsonAsync<JsonElement[]>($"/api/clients/{clientId}/external-measures", Ct);
        Assert.Equal(5.5m, Assert.Single(measures!).GetProperty("scores").GetProperty("overall").GetDecimal());
        var page = await nurse.GetStringAsync(new Uri($"/asiakkaat/{clientId}/itsearvio", UriKind.Relative), Ct);
        Assert.Contains("5,5", page, StringComparison.Ordinal);
        Assert.Contains("15.11.2026", page, StringComparison.Ordinal);

        var invalid = await nurse.PostAsJsonAsync($"/api/clients/{clientId}/external-measures/kykyviisari",
            new { measuredOn = "2026-11-15", scores = new Dictionary<string, decimal> { ["overall"] = 12m } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task TheClient_CanFillTheirOwn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var client = await app.SignedInAs("asiakas-" + clientId.ToString("N"));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/clients/{clientId}/self-assessments", Answers(6, 4), Ct)).StatusCode);
        var history = await client.GetFromJsonAsync<JsonElement[]>($"/api/clients/{clientId}/self-assessments", Ct);
        Assert.Equal("Client", Assert.Single(history!).GetProperty("filledBy").GetString());
    }
}
