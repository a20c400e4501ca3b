using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Plans;

/// <summary>F14, F16: the versioned plan whose actions use catalogue services; concurrent edits are conflicts.</summary>
public class PlanningTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static object PlanBody(int? basedOn, string evaluation, IReadOnlyList<Guid>? services = null, Guid? responsible = null, Guid? organisation = null) => new
    {
        clientGoal = "Haluan takaisin töihin, kunhan jaksan.",
        goals = new[] { new { text = "Terveydentila ja työkyky on selvitetty" }, new { text = "Työkokeilu alkaa keväällä" } },
        actions = (services ?? []).Select((id, i) => (object)(i switch
        {
            0 => new { serviceId = id, party = "Professional", responsibleProfessionalId = responsible, startOn = "2026-12-01", dueOn = "2026-12-15", status = "Booked" },
            1 => new { serviceId = id, party = "Organisation", responsibleOrganisationId = organisation, startOn = "2027-01-10" },
            _ => new { serviceId = id, party = "Client", startOn = "2027-02-01" },
        })).ToArray(),
        responsibilities = "Hanna varaa ajat ja pitää yhteyttä; Teemu hoitaa työkokeilun.",
        followUpEveryWeeks = 4,
        firstFollowUpOn = "2026-12-22",
        evaluation,
        estimatedSupportMonths = 6,
        otherPlans = new[] { new { kind = "EmploymentActivationPlan", reference = "AS-2026-17", owner = "Työllisyyspalvelut", reconciliationNote = "Kuntouttava työtoiminta sama" } },
        basedOnVersion = basedOn,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThePlan_UsesCatalogueServices_IsVersioned_AndASecondEditorOfTheSameVersionGets409(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        var employment = await app.SignedInAs(DemoActors.EmploymentExpert);
        var services = (await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=vastaanotto", Ct)).EnumerateArray()
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct)).EnumerateArray())
            .Concat((await s.Nurse.GetFromJsonAsync<JsonElement>("/api/services?query=Arkeen voimaa", Ct)).EnumerateArray())
            .Select(e => e.GetProperty("id").GetGuid()).Take(3).ToList();
        Assert.Equal(3, services.Count);
        var nurse = s.People[DemoActors.SoteNurse];
        var org = s.Organisations[DemoActors.EmploymentExpert];

        var first = await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", PlanBody(null, "Arvioidaan seurannassa", services, nurse, org), Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());

        // Both open version 1 (as the page does: the content with its ids); the nurse saves first, the employment expert's save is a conflict.
        static async Task<System.Text.Json.Nodes.JsonObject> Edit(HttpClient http, Guid clientId, string evaluation)
        {
            var opened = (await http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/clients/{clientId}/plan", Ct))!;
            var content = opened["content"]!.AsObject();
            content["evaluation"] = evaluation;
            content["basedOnVersion"] = opened["version"]!.GetValue<int>();
            return content;
        }
        var hannasEdit = await Edit(s.Nurse, s.ClientId, "Hannan arvio");
        var teemusEdit = await Edit(employment, s.ClientId, "Teemun arvio");
        var a = await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", hannasEdit, Ct);
        var b = await employment.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", teemusEdit, Ct);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        Assert.Equal("plan_changed_meanwhile", (await b.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var plan = await employment.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct);
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
        var content = plan.GetProperty("content");
        Assert.Equal("Hannan arvio", content.GetProperty("evaluation").GetString());
        var actions = content.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(3, actions.Count);
        Assert.All(actions, x => Assert.False(string.IsNullOrEmpty(x.GetProperty("title").GetString()))); // titled by the service
        Assert.Equal(services, actions.Select(x => x.GetProperty("serviceId").GetGuid()));

        var compare = await employment.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan/compare?from=1&to=2", Ct);
        var change = Assert.Single(compare.GetProperty("changes").EnumerateArray());
        Assert.Equal(("evaluation", "Arvioidaan seurannassa", "Hannan arvio"),
            (change.GetProperty("part").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));

        await using var db = app.NewDbContext();
        Assert.Equal(2, await db.PlanVersions.CountAsync(v => db.Plans.Any(p => p.Id == v.PlanId && db.SupportCases.Any(c => c.Id == p.SupportCaseId && c.ClientId == s.ClientId)), Ct));
        var supportCase = await db.SupportCases.SingleAsync(c => c.ClientId == s.ClientId, Ct);
        Assert.Equal(CaseStage.Services, supportCase.Stage);
    }

    [Fact]
    public async Task AnInvalidPlan_NamesTheRowsTheUserTypedIn_AndSavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var r = await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", new
        {
            clientGoal = "Töihin",
            goals = new[] { new { text = "Tavoite" } },
            actions = new object[]
            {
                new { title = "" },                                       // blank row: ignored
                new { title = "Lääkäri", party = "Professional" },        // no professional named
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("actions[1].responsibleProfessionalId", out _), errors.ToString());
        await using var db = app.NewDbContext();
        Assert.False(await db.Plans.AnyAsync(p => db.SupportCases.Any(c => c.Id == p.SupportCaseId && c.ClientId == s.ClientId), Ct));
    }

    [Fact]
    public async Task SomeoneOutsideTheTeam_CannotWriteThePlan()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var doctor = await app.SignedInAs(DemoActors.SoteDoctor);  // same organisation, sees the client, not on the team
        var r = await doctor.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", PlanBody(null, "x"), Ct);
        Assert.Equal("plan_written_by_team", (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheCatalogue_IsSearchable_AndOnlyAdministratorsEditIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var all = await nurse.GetFromJsonAsync<JsonElement>("/api/services", Ct);
        Assert.True(all.GetArrayLength() >= 20);
        var ips = await nurse.GetFromJsonAsync<JsonElement>("/api/services?query=ips", Ct);
        Assert.Contains("IPS-työhönvalmennus", ips.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        var kela = await nurse.GetFromJsonAsync<JsonElement>("/api/services?category=Kela", Ct);
        Assert.All(kela.EnumerateArray(), e => Assert.Equal("Kela", e.GetProperty("category").GetString()));

        var body = new { name = "Työpajatoiminta", description = "Nuorten työpaja", category = "Municipal", targetGroup = "Alle 29-vuotiaat",
            entry = "SelfReferral", providerName = "Esikylän kunta", contact = "paja@esikyla.invalid", area = "Esikylä" };
        Assert.Equal(HttpStatusCode.Conflict, (await nurse.PostAsJsonAsync("/api/services", body, Ct)).StatusCode);
        var admin = await app.SignedInAs(DemoActors.Administrator);
        var created = await admin.PostAsJsonAsync("/api/services", body, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{id}", Ct);
        var version = current.GetProperty("version").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/services/{id}", body with { contact = "040 000 0000" }, Ct)).StatusCode);
        var stale = await admin.PutAsJsonAsync($"/api/services/{id}", new { body.name, body.description, body.category, body.targetGroup, body.entry,
            body.providerName, body.contact, body.area, version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var missing = await admin.PostAsJsonAsync("/api/services", new { name = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SimultaneousSavesOfOneVersion_OneWins_TheRestAre409_NeverA500(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        await s.GiveConsent();
        Assert.Equal(HttpStatusCode.OK, (await s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", PlanBody(null, "Ensimmäinen"), Ct)).StatusCode);
        var opened = (await s.Nurse.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/clients/{s.ClientId}/plan", Ct))!;

        // Eight saves based on version 1 race for version 2 (the unique version number decides the late ones).
        var saves = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var content = opened["content"]!.DeepClone().AsObject();
            content["evaluation"] = $"Arvio {i}";
            content["basedOnVersion"] = 1;
            return s.Nurse.PutAsJsonAsync($"/api/clients/{s.ClientId}/plan", content, Ct);
        }));

        Assert.Equal(1, saves.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = saves.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var r in refused)
        {
            Assert.Equal("plan_changed_meanwhile", (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        }
        Assert.Equal(2, (await s.Nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{s.ClientId}/plan", Ct)).GetProperty("version").GetInt32());
    }
}
