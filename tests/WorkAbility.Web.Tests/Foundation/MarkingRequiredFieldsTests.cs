using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>Forms say which fields are required before anything is sent: a mark in the label, aria-required on the field, a note once per form.</summary>
public partial class MarkingRequiredFieldsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRequiredFieldsOfEachForm_AreMarkedBeforeSubmitting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        // Follow-up forms are offered once the plan's services run (SupportCase.FollowUpStarted): the team agrees its plan first.
        await s.GiveConsent();
        var service = (await s.Nurse.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/services?query=vastaanotto", Ct)).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan",
            Plans.PlanningTests.PlanBody(null, "Ensimmäinen versio", [service], s.People[Access.DemoActors.SoteNurse], s.Organisations[Access.DemoActors.EmploymentExpert]), Ct)).StatusCode);
        var forms = new Dictionary<string, string[]>
        {
            [$"/asiakkaat/{s.ClientId}/huoli"] = ["channel", "source", "noticedOn", "description"],
            [$"/asiakkaat/{s.ClientId}/suostumus"] = ["purpose", "validUntil"],
            [$"/asiakkaat/{s.ClientId}/arvio"] = ["clientView", "professionalView", "reasons"],
            [$"/asiakkaat/{s.ClientId}/seuranta"] = ["contactOn", "channel", "summary", "outcome"],
            [$"/asiakkaat/{s.ClientId}/suunnitelma"] = ["clientGoal"],
            ["/konsultaatiot"] = ["subject", "question"],
        };
        foreach (var (path, ids) in forms)
        {
            var html = await s.Coordinator_.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.Contains("Tähdellä (*) merkityt kohdat ovat pakollisia.", html, StringComparison.Ordinal);
            foreach (var id in ids)
            {
                Assert.Matches(new Regex($"<label[^>]*for=\"{id}\"[^>]*>[^<]*<span class=\"required-mark\" aria-hidden=\"true\">\\*</span></label>"), html);
                Assert.Matches(new Regex($"id=\"{id}\"[^>]*aria-required=\"true\"|aria-required=\"true\"[^>]*id=\"{id}\""), html);
            }
        }
    }
}
