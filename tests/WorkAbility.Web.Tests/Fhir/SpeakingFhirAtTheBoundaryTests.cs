using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Web.Data.Demo;
using WorkAbility.Web.Fhir;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Fhir;

/// <summary>
/// The FHIR R4 boundary (issue 17): the capability statement for anyone, a client's records for the
/// professionals who may see them through the same door and log as the pages, the same 404 for a
/// denial and a stranger, OperationOutcome for every mistake, and resources that validate against
/// the R4 core specification.
/// </summary>
public class SpeakingFhirAtTheBoundaryTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<T> Fhir<T>(HttpResponseMessage response) where T : Resource
    {
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return FhirJson.Parse<T>(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Matti of the demo county taken along his path through the product's own API: the nurse
    /// assesses, Sari takes him on as coordinator, he consents to the employment services and Kela,
    /// the team is formed with his spouse, the plan is saved, its coaching is referred, and a
    /// Kykyviisari result and his self-assessment are recorded.
    /// </summary>
    internal static async Task<(Guid ClientId, string Code, HttpClient Coordinator)> MattisRecord(WorkAbilityApp app)
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Guid mattiId;
        string code;
        Dictionary<string, Guid> people, orgs;
        await using (var db = app.NewDbContext())
        {
            var matti = await db.Clients.AsNoTracking().SingleAsync(c => c.FirstName == DemoCountySeeder.MattiFirstName && c.LastName == DemoCountySeeder.MattiLastName, Ct);
            (mattiId, code) = (matti.Id, matti.PersonalIdentityCode.Value);
            people = await db.Professionals.ToDictionaryAsync(p => p.Username, p => p.Id, Ct);
            orgs = await db.Professionals.ToDictionaryAsync(p => p.Username, p => p.OrganisationId, Ct);
        }
        async System.Threading.Tasks.Task Ok(HttpClient http, string path, object body, HttpStatusCode expected)
        {
            var response = await http.PostAsJsonAsync(path, body, Ct);
            Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        }
        await Ok(nurse, $"/api/clients/{mattiId}/assessments", new
        {
            clientView = "Flunssa ei parane ja työnhaku on jäänyt", professionalView = "Pitkittynyt infektio, uupumus", level = "WorkAbilitySupportTeam",
            reasons = "Sote-, työllisyys- ja Kelan palvelut yhdessä",
        }, HttpStatusCode.Created);
        var coordinator = await app.SignedInAs(TeamScenario.Coordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync(new Uri($"/api/clients/{mattiId}/cases/coordinator", UriKind.Relative), null, Ct)).StatusCode);
        await Ok(coordinator, $"/api/clients/{mattiId}/consents", new
        {
            organisationIds = new[] { orgs[DemoActors.EmploymentExpert], orgs[TeamScenario.KelaWorker] },
            categories = new[] { "HealthData", "SocialWelfareData", "EmploymentData", "KelaBenefitsData" },
            purpose = "Työkyvyn tuen tiimin yhteistyö ja suunnitelma", validFrom = "2026-11-23", validUntil = "2027-11-23",
            givenAs = "SignedOnPaper", documentReference = "Y100-Mallikas",
        }, HttpStatusCode.Created);
        await Ok(coordinator, $"/api/clients/{mattiId}/team", new
        {
            memberIds = new[] { people[DemoActors.SoteNurse], people[DemoActors.EmploymentExpert], people[TeamScenario.KelaWorker] },
            caseManagerIds = new[] { people[DemoActors.SoteNurse] }, situation = new[] { "HealthProblems" },
            clientWishes = "Työllisyyspalvelut mukaan", closeParticipantName = "Maija Mallikas", closeParticipantRelation = "puoliso",
        }, HttpStatusCode.Created);
        var coaching = (await nurse.GetFromJsonAsync<JsonElement>("/api/services?category=EmploymentServices&query=valmennus", Ct))
            .EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await nurse.PutAsJsonAsync($"/api/clients/{mattiId}/plan",
            Plans.PlanningTests.PlanBody(null, "Arvioidaan seurannassa", [coaching], people[DemoActors.SoteNurse]), Ct)).StatusCode);
        var plan = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{mattiId}/plan", Ct);
        var actionId = plan.GetProperty("content").GetProperty("actions")[0].GetProperty("id").GetGuid();
        await Ok(nurse, $"/api/clients/{mattiId}/referrals", new { actionId, note = "IPS-valmennus" }, HttpStatusCode.Created);
        await Ok(nurse, $"/api/clients/{mattiId}/external-measures/kykyviisari", new
        {
            measuredOn = "2026-11-20", scores = new Dictionary<string, decimal> { ["overall"] = 4.5m, ["body-functions"] = 3m, ["participation"] = 5.5m },
            note = "Täytetty Omaolossa",
        }, HttpStatusCode.Created);
        await Ok(nurse, $"/api/clients/{mattiId}/self-assessments", new Dictionary<string, string>
        {
            ["was"] = "4", ["body"] = "3", ["activities"] = "3", ["participation"] = "2", ["environment"] = "3", ["resources"] = "4", ["working"] = "no",
        }, HttpStatusCode.Created);
        return (mattiId, code, coordinator);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task MattisCoordinator_FindsHimByIdentityCode_AStrangerFindsNothing_AndBothAreLogged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var anonymous = app.CreateBrowserLikeClient();
        var metadata = await anonymous.GetAsync(new Uri("/fhir/r4/metadata", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        var capabilities = await Fhir<CapabilityStatement>(metadata);
        Assert.Contains(capabilities.Rest[0].Resource, r => r.Type == "Patient" && r.Operation.Any(o => o.Name == "everything"));
        Assert.Empty(FhirValidation.Errors(capabilities));

        var (mattiId, code, coordinator) = await MattisRecord(app);
        var query = new Uri($"/fhir/r4/Patient?identifier={FhirSystems.PersonalIdentityCode}|{code}", UriKind.Relative);
        var refused = await anonymous.GetAsync(query, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.Login, (await Fhir<OperationOutcome>(refused)).Issue[0].Code);

        var found = await Fhir<Bundle>(await coordinator.GetAsync(query, Ct));
        var patient = Assert.IsType<Patient>(Assert.Single(found.Entry).Resource);
        Assert.Equal(mattiId.ToString(), patient.Id);
        var pic = Assert.Single(patient.Identifier);
        Assert.Equal((FhirSystems.PersonalIdentityCode, code, Identifier.IdentifierUse.Official, "NNFIN"), (pic.System, pic.Value, pic.Use, pic.Type!.Coding[0].Code));
        Assert.Equal(FhirSystems.MunicipalityCodes, ((Coding)patient.GetExtension(FhirSystems.MunicipalityExtension)!.Value!).System);

        var stranger = await app.SignedInAs(DemoActors.MallilaCoordinator);
        var empty = await Fhir<Bundle>(await stranger.GetAsync(query, Ct));
        Assert.Empty(empty.Entry);
        Assert.Equal(0, empty.Total);
        // A stranger's read of him by id is the same 404 as a read of no one at all.
        var denied = await stranger.GetAsync(new Uri($"/fhir/r4/Patient/{mattiId}", UriKind.Relative), Ct);
        var nobody = await stranger.GetAsync(new Uri($"/fhir/r4/Patient/{Guid.CreateVersion7()}", UriKind.Relative), Ct);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (denied.StatusCode, nobody.StatusCode));
        Assert.Equal(await denied.Content.ReadAsStringAsync(Ct), await nobody.Content.ReadAsStringAsync(Ct));

        await using var db = app.NewDbContext();
        var log = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == mattiId && e.Resource.StartsWith("fhir.")).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal([("fhir.patient.search", true), ("fhir.patient.search", false), ("fhir.patient", false)],
            log.Select(e => (e.Resource, e.Allowed)).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task MattisWholeRecord_ValidatesAgainstR4_AndEachResourceReadsBackTheSame(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var (mattiId, _, coordinator) = await MattisRecord(app);
        var everything = await Fhir<Bundle>(await coordinator.GetAsync(new Uri($"/fhir/r4/Patient/{mattiId}/$everything", UriKind.Relative), Ct));

        var types = everything.Entry.Select(e => e.Resource!.TypeName).Distinct().ToList();
        Assert.Equal("Patient", types[0]);
        Assert.Equal(new HashSet<string> { "Patient", "CareTeam", "RelatedPerson", "Consent", "CarePlan", "ServiceRequest", "Task", "Observation",
            "QuestionnaireResponse", "Organization", "Practitioner", "PractitionerRole" }, types.ToHashSet());
        var (errors, warnings) = FhirValidation.Check(everything);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        TestContext.Current.SendDiagnosticMessage($"{provider}: Matti's $everything: {everything.Entry.Count} resources of {types.Count} types, 0 errors, {warnings} warnings");
        foreach (var entry in everything.Entry)
        {
            var own = FhirValidation.Errors(entry.Resource!);
            Assert.True(own.Count == 0, string.Join(Environment.NewLine, own));
        }

        // Each client resource reads back by id as it is in the whole record (produce → serialize → parse → same).
        foreach (var resource in everything.Entry.Select(e => e.Resource!))
        {
            var read = await coordinator.GetAsync(new Uri($"/fhir/r4/{resource.TypeName}/{resource.Id}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.True(resource.IsExactly(await Fhir<Resource>(read)), $"{resource.TypeName}/{resource.Id} differs");
        }

        // The staff directory is the county's staff's: Matti himself reads his record, not the directory.
        var practitioner = everything.Entry.Select(e => e.Resource!).OfType<Practitioner>().First();
        var matti = await app.SignedInAs("asiakas-" + mattiId.ToString("N"));
        Assert.Equal(HttpStatusCode.NotFound, (await matti.GetAsync(new Uri($"/fhir/r4/Practitioner/{practitioner.Id}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await matti.GetAsync(new Uri($"/fhir/r4/Patient/{mattiId}", UriKind.Relative), Ct)).StatusCode);

        var plan = Assert.Single(everything.Entry.Select(e => e.Resource!).OfType<CarePlan>());
        Assert.Equal(plan.Goal.Count, plan.Contained.OfType<Goal>().Count());
        Assert.Contains(plan.Contained.OfType<Goal>(), g => g.ExpressedBy?.Reference == $"Patient/{mattiId}");
        var byPatient = await Fhir<Bundle>(await coordinator.GetAsync(new Uri($"/fhir/r4/CarePlan?subject=Patient/{mattiId}", UriKind.Relative), Ct));
        Assert.Equal(plan.Id, Assert.Single(byPatient.Entry).Resource!.Id);

        await using var db = app.NewDbContext();
        Assert.True(await db.AccessLog.AnyAsync(e => e.ClientId == mattiId && e.Resource == "fhir.everything" && e.Allowed && e.Action == AccessAction.Read, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task APersonWithANonDisclosureOrder_CarriesTheSecurityLabel_AndNoContactDetails(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var registered = await nurse.PostAsJsonAsync("/api/clients", new
        {
            personalIdentityCode = "150585-213H", firstName = "Turva", lastName = "Henkilö", municipality = "Esikylä",
            phone = "040 123 4567", email = "turva@example.fi", nonDisclosure = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var own = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{id}", Ct);
        // The registering organisation keeps the contact details; nothing else receives them.
        Assert.Equal((true, "040 123 4567"), (own.GetProperty("nonDisclosure").GetBoolean(), own.GetProperty("phone").GetString()));
        Assert.Contains("Turvakielto", await nurse.GetStringAsync(new Uri($"/asiakkaat/{id}", UriKind.Relative), Ct), StringComparison.Ordinal);

        var patient = await Fhir<Patient>(await nurse.GetAsync(new Uri($"/fhir/r4/Patient/{id}", UriKind.Relative), Ct));
        var label = Assert.Single(patient.Meta!.Security);
        Assert.Equal((FhirSystems.SecurityLabels, "TURVAKIELTO"), (label.System, label.Code));
        Assert.Empty(patient.Telecom);
        Assert.Empty(patient.Address);
        Assert.Equal("Esikylä", ((Coding)patient.GetExtension(FhirSystems.MunicipalityExtension)!.Value!).Display);
        var errors = FhirValidation.Errors(patient);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task MalformedRequests_AreOperationOutcomes_NeverA500(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs("hanna.hoitaja");
        string[] paths =
        [
            "/fhir/r4/Patient", "/fhir/r4/Patient?identifier=urn:oid:9.9|x", "/fhir/r4/Patient?identifier=urn:oid:1.2.246.21|131052-308T",
            "/fhir/r4/Patient/not-a-guid", "/fhir/r4/Patient/not-a-guid/$everything", "/fhir/r4/Spaceship/1", "/fhir/r4/Spaceship",
            "/fhir/r4/CarePlan", "/fhir/r4/CarePlan?patient=nonsense", "/fhir/r4/Task", "/fhir/r4/Task?owner=Organization/x&status=bogus",
            "/fhir/r4/Task?owner=Organization/x&_count=-5", "/fhir/r4/Organization", "/fhir/r4/Organization/x", $"/fhir/r4/Consent/{Guid.Empty}",
        ];
        foreach (var path in paths)
        {
            var response = await nurse.GetAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.True((int)response.StatusCode < 500, $"{path}: {response.StatusCode}");
            var resource = await Fhir<Resource>(response);
            Assert.True(resource is OperationOutcome or Bundle, $"{path}: {resource.TypeName}");
            if (resource is OperationOutcome outcome)
            {
                Assert.All(outcome.Issue, i => Assert.False(string.IsNullOrWhiteSpace(i.Diagnostics), path));
            }
        }

        // Documents in: broken JSON, nulls where lists go, wrong types, deep nesting, a huge text – each a 4xx OperationOutcome.
        string[] bodies =
        [
            "", "{", "[]", "null", "\"text\"", "{\"resourceType\":null}", "{\"resourceType\":\"QuestionnaireResponse\",\"item\":null}",
            "{\"resourceType\":\"QuestionnaireResponse\",\"item\":[null]}", "{\"resourceType\":\"QuestionnaireResponse\",\"status\":7}",
            "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"subject\":{\"reference\":\"#missing\"},\"item\":[{\"linkId\":\"x\"}]}",
            "{\"resourceType\":\"Task\",\"id\":\"x\",\"status\":\"received\"}", new string('[', 5000) + new string(']', 5000),
            "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"" + new string('x', 200_000) + "\"}",
        ];
        foreach (var body in bodies)
        {
            foreach (var (method, path) in new[] { (HttpMethod.Post, "/fhir/r4/QuestionnaireResponse"), (HttpMethod.Put, $"/fhir/r4/Task/{Guid.CreateVersion7()}"), (HttpMethod.Put, "/fhir/r4/Task/x") })
            {
                using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/fhir+json") };
                var response = await nurse.SendAsync(request, Ct);
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path} {body[..Math.Min(body.Length, 60)]}: {response.StatusCode}");
                Assert.NotEmpty((await Fhir<OperationOutcome>(response)).Issue);
            }
        }
    }
}
