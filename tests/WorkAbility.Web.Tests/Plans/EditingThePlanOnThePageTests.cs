using System.Net;
using System.Text.RegularExpressions;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Plans;

/// <summary>The plan page as a browser posts it: the form's fields bind, and a stale save keeps the user's text (409).</summary>
public partial class EditingThePlanOnThePageTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Token, string Html)> Open(HttpClient http, string path)
    {
        var html = await http.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        return (Token().Match(html).Groups[1].Value, html);
    }

    private static Dictionary<string, string> Fields(string token, Guid service, Guid nurse, int basedOn, string evaluation) => new()
    {
        ["_handler"] = "plan",
        ["__RequestVerificationToken"] = token,
        ["Plan.Intent"] = "save",
        ["Plan.BasedOnVersion"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Plan.ClientGoal"] = "Haluan takaisin töihin",
        ["Plan.Goals[0].Id"] = Guid.NewGuid().ToString(),
        ["Plan.Goals[0].Text"] = "Terveydentila selvitetty",
        ["Plan.Actions[0].Id"] = Guid.NewGuid().ToString(),
        ["Plan.Actions[0].ServiceId"] = service.ToString(),
        ["Plan.Actions[0].Title"] = "",
        ["Plan.Actions[0].Party"] = "Professional",
        ["Plan.Actions[0].ResponsibleProfessionalId"] = nurse.ToString(),
        ["Plan.Actions[0].ResponsibleOrganisationId"] = "",
        ["Plan.Actions[0].StartOn"] = "2026-12-08",
        ["Plan.Actions[0].DueOn"] = "",
        ["Plan.Actions[0].AfterActionId"] = "",
        ["Plan.Actions[0].Status"] = "Booked",
        ["Plan.Actions[0].Note"] = "",
        ["Plan.Actions[1].Id"] = Guid.NewGuid().ToString(),
        ["Plan.Actions[1].ServiceId"] = "",
        ["Plan.Actions[1].Title"] = "",
        ["Plan.Actions[1].Party"] = "",
        ["Plan.Actions[1].Status"] = "Planned",
        ["Plan.FollowUpEveryWeeks"] = "4",
        ["Plan.NextMeetingLocal"] = "",
        ["Plan.Evaluation"] = evaluation,
        ["Plan.OtherPlans[0].Kind"] = "",
        ["Plan.OtherPlans[0].Reference"] = "",
    };

    [Fact]
    public async Task ThePostedForm_SavesTheActions_AndAStaleSave_Is409_WithTheUsersTextKept()
    {
        await using var database = await TestDatabase.CreateAsync(WorkAbility.Data.DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var path = $"/asiakkaat/{s.ClientId}/suunnitelma";
        var service = await FirstService(s.Nurse);
        var nurse = s.People[DemoActors.SoteNurse];

        var (token, _) = await Open(s.Nurse, path);
        var first = await s.Nurse.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(Fields(token, service, nurse, 0, "Ensimmäinen")), Ct);
        var html = await first.Content.ReadAsStringAsync(Ct);
        Assert.True(first.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("versiona 1", html, StringComparison.Ordinal);
        var plan = await s.Nurse.GetStringAsync(new Uri($"/api/clients/{s.ClientId}/plan", UriKind.Relative), Ct);
        Assert.Contains(service.ToString(), plan, StringComparison.Ordinal);

        // Two editors on version 1: the coordinator saves first; the nurse's save is a conflict and her text stays on the form.
        var (coordinatorToken, _) = await Open(s.Coordinator_, path);
        var (nurseToken, _) = await Open(s.Nurse, path);
        var byCoordinator = await s.Coordinator_.PostAsync(new Uri(path, UriKind.Relative),
            new FormUrlEncodedContent(Fields(coordinatorToken, service, nurse, 1, "Sarin arvio")), Ct);
        Assert.Equal(HttpStatusCode.OK, byCoordinator.StatusCode);
        var byNurse = await s.Nurse.PostAsync(new Uri(path, UriKind.Relative),
            new FormUrlEncodedContent(Fields(nurseToken, service, nurse, 1, "Hannan oma arvio, jota ei saa hukata")), Ct);
        Assert.Equal(HttpStatusCode.Conflict, byNurse.StatusCode);
        var kept = await byNurse.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Hannan oma arvio, jota ei saa hukata", kept, StringComparison.Ordinal);
        Assert.Contains("Joku muu tallensi suunnitelman sillä välin", kept, StringComparison.Ordinal);
        Assert.Contains("Sarin arvio", await s.Nurse.GetStringAsync(new Uri($"/api/clients/{s.ClientId}/plan", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFields_AreNamedOneByOne_InTheErrorSummary()
    {
        await using var database = await TestDatabase.CreateAsync(WorkAbility.Data.DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var path = $"/asiakkaat/{s.ClientId}/suunnitelma";
        var (token, _) = await Open(s.Nurse, path);
        var fields = Fields(token, await FirstService(s.Nurse), s.People[DemoActors.SoteNurse], 0, "x");
        fields["Plan.ClientGoal"] = "";
        fields["Plan.Goals[0].Text"] = "";
        fields["Plan.Actions[0].ResponsibleProfessionalId"] = "";
        var posted = await s.Nurse.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        var html = await posted.Content.ReadAsStringAsync(Ct);
        var summary = html[html.IndexOf("error-summary", StringComparison.Ordinal)..];
        Assert.Contains("Asiakkaan oma tavoite: Pakollinen tieto puuttuu.", summary, StringComparison.Ordinal);
        Assert.Contains("Tavoitteet: Kirjaa vähintään yksi sovittu tavoite.", summary, StringComparison.Ordinal);
        Assert.Contains("Toimenpiteet (1) – Vastuuhenkilö: ", summary, StringComparison.Ordinal);
    }

    private static async Task<Guid> FirstService(HttpClient http)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/services?query=vastaanotto", UriKind.Relative), Ct));
        return json.RootElement[0].GetProperty("id").GetGuid();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
