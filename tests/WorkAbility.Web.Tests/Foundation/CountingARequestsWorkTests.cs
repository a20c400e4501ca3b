using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// What one everyday request costs: the SQL commands it sends and the access-log entries it
/// writes. One request is one access decision and one entry, whatever the page does inside.
/// </summary>
public partial class CountingARequestsWorkTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SavingThePlanFromThePage_And_OpeningTheClientPage_WriteOneAccessLogEntryEach()
    {
        await using var database = await TestDatabase.CreateAsync(WorkAbility.Data.DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var path = $"/asiakkaat/{s.ClientId}/suunnitelma";
        var html = await s.Nurse.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        var token = Token().Match(html).Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "plan",
            ["__RequestVerificationToken"] = token,
            ["Plan.Intent"] = "save",
            ["Plan.BasedOnVersion"] = "0",
            ["Plan.ClientGoal"] = "Haluan takaisin töihin",
            ["Plan.Goals[0].Id"] = Guid.NewGuid().ToString(),
            ["Plan.Goals[0].Text"] = "Terveydentila selvitetty",
            ["Plan.Actions[0].Id"] = Guid.NewGuid().ToString(),
            ["Plan.Actions[0].Title"] = "Lääkärin vastaanotto",
            ["Plan.Actions[0].Party"] = "Professional",
            ["Plan.Actions[0].ResponsibleProfessionalId"] = s.People[DemoActors.SoteNurse].ToString(),
            ["Plan.Actions[0].Status"] = "Planned",
            ["Plan.FollowUpEveryWeeks"] = "4",
        };

        var (saveCommands, saveEntries) = await Measure(app, async () =>
        {
            var saved = await s.Nurse.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form), Ct);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var body = await saved.Content.ReadAsStringAsync(Ct);
            Assert.Contains("versiona 1", body, StringComparison.Ordinal);
        });
        var (openCommands, openEntries) = await Measure(app, async () =>
            Assert.Equal(HttpStatusCode.OK, (await s.Nurse.GetAsync(new Uri($"/asiakkaat/{s.ClientId}", UriKind.Relative), Ct)).StatusCode));

        TestContext.Current.TestOutputHelper?.WriteLine($"save plan from the page: {saveCommands} SQL commands, {saveEntries} access-log entries");
        TestContext.Current.TestOutputHelper?.WriteLine($"open client page:        {openCommands} SQL commands, {openEntries} access-log entries");
        Console.WriteLine($"[round-trips] save plan from the page: {saveCommands} SQL commands, {saveEntries} access-log entries");
        Console.WriteLine($"[round-trips] open client page: {openCommands} SQL commands, {openEntries} access-log entries");
        Assert.Equal(1, saveEntries);
        Assert.Equal(1, openEntries);
    }

    private static async Task<(int Commands, int Entries)> Measure(WorkAbilityApp app, Func<Task> request)
    {
        await using var db = app.NewDbContext();
        var before = await db.AccessLog.CountAsync(Ct);
        app.Sql.Reset();
        await request();
        var commands = app.Sql.Commands.Count;
        // SHOW_SQL=1 lists the commands, to see where a request's round trips go.
        if (Environment.GetEnvironmentVariable("SHOW_SQL") == "1")
        {
            foreach (var line in app.Sql.Commands.Select(c => c.ReplaceLineEndings(" ")))
            {
                Console.WriteLine("[sql] " + line[..Math.Min(160, line.Length)]);
            }
        }
        return (commands, await db.AccessLog.CountAsync(Ct) - before);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
