using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Assessment;

/// <summary>
/// The need assessment page as a browser posts it: a ticked target-group box sends its group and the
/// hidden "None" after it, an unticked one only the "None"; the set of groups and the livelihood facts are kept.
/// </summary>
public partial class AssessingOnThePageTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TickedTargetGroups_Income_AndRehabilitationPhase_AreKeptFromTheForm()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057");
        var concern = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(nurse, $"/api/clients/{clientId}/concerns",
            new { source = "Client", channel = "Visit", description = "Uupumus", noticedOn = "2026-11-20" }, Ct);
        Assert.Equal(HttpStatusCode.Created, concern.StatusCode);

        var path = $"/asiakkaat/{clientId}/arvio";
        var html = await nurse.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "assess-need"),
            new("__RequestVerificationToken", Token().Match(html).Groups[1].Value),
            new("Model.ClientView", "Haluan jaksaa"),
            new("Model.ProfessionalView", "Uupumus"),
            new("Model.Level", "WorkAbilitySupportTeam"),
            new("Model.Reasons", "Monialainen tarve"),
            new("Model.Income", "SicknessAllowance"),
            new("Model.RehabilitationPhase", "Applied"),
        };
        // As the browser sends the five boxes: ticked ones send their group, then every box its hidden "None".
        string[] ticked = ["LongTermIll", "AfterLifeCrisis"];
        foreach (var (group, i) in new[] { "Unemployed", "LongTermIll", "Recovering", "Disabled", "AfterLifeCrisis" }.Select((g, i) => (g, i)))
        {
            if (ticked.Contains(group))
            {
                fields.Add(new($"Model.TargetGroups[{i}]", group));
            }
            fields.Add(new($"Model.TargetGroups[{i}]", "None"));
        }
        var response = await nurse.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");

        await using var db = app.NewDbContext();
        var assessment = await db.NeedAssessments.SingleAsync(a => db.SupportCases.Any(c => c.Id == a.SupportCaseId && c.ClientId == clientId), Ct);
        Assert.Equal(new LivelihoodFacts(TargetGroup.LongTermIll | TargetGroup.AfterLifeCrisis, IncomeSource.SicknessAllowance, VocationalRehabilitationPhase.Applied),
            assessment.Livelihood);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
