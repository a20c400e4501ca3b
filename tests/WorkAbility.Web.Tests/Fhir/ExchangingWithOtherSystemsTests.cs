using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Fhir;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;
using FhirTask = Hl7.Fhir.Model.Task;

namespace WorkAbility.Web.Tests.Fhir;

/// <summary>
/// Issue 17's traffic in: Omaolo and Kykyviisari results as QuestionnaireResponses (hand-written,
/// real-shaped documents, malformed ones among them), and a provider's system closing the referral
/// loop by moving its Task with the same rules and refusals as its page.
/// </summary>
public class ExchangingWithOtherSystemsTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Fhir(string json) => new(json, Encoding.UTF8, "application/fhir+json");

    private static string Kykyviisari(string code, string answers, string authored = "2026-11-22T09:15:00+02:00") => $$"""
        {
          "resourceType": "QuestionnaireResponse",
          "questionnaire": "{{FhirSystems.KykyviisariQuestionnaire}}|2.0",
          "status": "completed",
          "subject": { "identifier": { "system": "urn:oid:1.2.246.21", "value": "{{code}}" } },
          "authored": "{{authored}}",
          "item": [ {{answers}} ]
        }
        """;

    private static string Score(string linkId, string value) => $$"""{ "linkId": "{{linkId}}", "answer": [ { "valueDecimal": {{value}} } ] }""";

    private static async Task<OperationOutcome> Outcome(HttpResponseMessage response)
    {
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return FhirJson.Parse<OperationOutcome>(await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task AKykyviisariResult_BecomesAnExternalMeasure_AndBadOrUnknownOnesAreRefusedByElement(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "010203A9057", "Kyky");

        var created = await nurse.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative),
            Fhir(Kykyviisari("010203A9057", string.Join(",", Score("overall", "6.5"), Score("activities", "7"), Score("resources", "4.0")))), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(OperationOutcome.IssueSeverity.Information, (await Outcome(created)).Issue[0].Severity);
        var observation = FhirJson.Parse<Observation>(await nurse.GetStringAsync(created.Headers.Location, Ct));
        Assert.Equal($"Patient/{clientId}", observation.Subject!.Reference);
        Assert.Equal("2026-11-22", observation.Effective!.ToString());
        Assert.Equal([("overall", 6.5m), ("activities", 7m), ("resources", 4.0m)],
            observation.Component.Select(c => (c.Code.Coding[0].Code, ((Quantity)c.Value!).Value!.Value)).ToArray());
        var measures = await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/external-measures", Ct);
        Assert.Single(measures.EnumerateArray());

        // Each mistake is a 400 naming the element; nothing is recorded.
        (string Body, string Expression)[] bad =
        [
            (Kykyviisari("010203A9057", Score("overall", "12")), "QuestionnaireResponse.item.where(linkId='overall').answer"),
            (Kykyviisari("010203A9057", Score("happiness", "5")), "QuestionnaireResponse.item.where(linkId='happiness').answer"),
            (Kykyviisari("010203A9057", """{ "linkId": "overall", "answer": [ { "valueString": "hyvä" } ] }"""), "QuestionnaireResponse.item.where(linkId='overall').answer"),
            (Kykyviisari("010203A9057", Score("overall", "5"), "2027-06-01T10:00:00Z"), "QuestionnaireResponse.authored"),
            (Kykyviisari("131052-308X", Score("overall", "5")), "QuestionnaireResponse.subject.identifier.value"),
            (Kykyviisari("010203A9057", Score("overall", "5")).Replace("\"completed\"", "\"in-progress\"", StringComparison.Ordinal), "QuestionnaireResponse.status"),
            (Kykyviisari("010203A9057", Score("overall", "5")).Replace("urn:oid:1.2.246.21", "urn:oid:1.2.3", StringComparison.Ordinal), "QuestionnaireResponse.subject.identifier"),
            (Kykyviisari("010203A9057", Score("overall", "5")).Replace("urn:oid:1.2.246.21", "urn:oid:9.9.9", StringComparison.Ordinal), "QuestionnaireResponse.subject.identifier.system"),
            (Kykyviisari("010203A9057", Score("overall", "5")).Replace(FhirSystems.KykyviisariQuestionnaire, "https://example.org/q", StringComparison.Ordinal), "QuestionnaireResponse.questionnaire"),
        ];
        foreach (var (body, expression) in bad)
        {
            var refused = await nurse.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative), Fhir(body), Ct);
            Assert.True(HttpStatusCode.BadRequest == refused.StatusCode, $"{expression}: {refused.StatusCode}");
            var outcome = await Outcome(refused);
            Assert.True(outcome.Issue.Any(i => i.Expression.Contains(expression)), $"{expression}: {FhirJson.Serialize(outcome)}");
            Assert.All(outcome.Issue, i => Assert.False(string.IsNullOrWhiteSpace(i.Diagnostics)));
        }
        foreach (var body in new[] { "{", "not json", """{"resourceType":"Patient"}""", """{"resourceType":"QuestionnaireResponse","status":"done"}""", "" })
        {
            var refused = await nurse.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative), Fhir(body), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotEmpty((await Outcome(refused)).Issue);
        }
        Assert.Single((await nurse.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/external-measures", Ct)).EnumerateArray());

        // A person the caller may not see and a person nobody knows answer alike.
        var stranger = await app.SignedInAs(DemoActors.MallilaCoordinator);
        var notYours = await stranger.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative), Fhir(Kykyviisari("010203A9057", Score("overall", "5"))), Ct);
        var nobody = await stranger.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative), Fhir(Kykyviisari("020304A906Y", Score("overall", "5"))), Ct);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (notYours.StatusCode, nobody.StatusCode));
        Assert.Equal(await notYours.Content.ReadAsStringAsync(Ct), await nobody.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBrowserLikeClient().PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative),
            Fhir(Kykyviisari("010203A9057", Score("overall", "5"))), Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task AnOmaoloAssessment_BecomesAContactOnTheCase_WithTheScreeningRulesEvaluated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var clientId = await DemoActors.RegisterClient(nurse, "020304A906Y", "Omaolo");
        // The person is named in a contained Patient, as Omaolo's own exports do.
        var omaolo = """
            {
              "resourceType": "QuestionnaireResponse",
              "contained": [ { "resourceType": "Patient", "id": "p",
                "identifier": [ { "use": "official", "system": "urn:oid:1.2.246.21", "value": "020304A906Y" } ] } ],
              "questionnaire": "https://omaolo.fi/fhir/Questionnaire/tyokykyarvio|3",
              "status": "completed",
              "subject": { "reference": "#p" },
              "authored": "2026-11-21T18:40:00+02:00",
              "item": [
                { "linkId": "employmentStatus", "text": "Työtilanne", "answer": [ { "valueString": "unemployed" } ] },
                { "linkId": "unemploymentDurationDays", "text": "Työttömyyden kesto (päivää)", "answer": [ { "valueInteger": 420 } ] },
                { "linkId": "visitReason", "text": "Yhteydenoton syy", "answer": [ { "valueString": "Pitkittynyt flunssa ja uupumus" } ] },
                { "linkId": "g", "text": "Jaksaminen", "item": [
                  { "linkId": "sleep", "text": "Nukun huonosti", "answer": [ { "valueBoolean": true } ] } ] }
              ]
            }
            """;
        var created = await nurse.PostAsync(new Uri("/fhir/r4/QuestionnaireResponse", UriKind.Relative), Fhir(omaolo), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outcome = await Outcome(created);
        Assert.Contains("new work ability support case", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.True(outcome.Issue.Count(i => i.Severity == OperationOutcome.IssueSeverity.Warning) >= 2, "prolonged unemployment and a health visit of the unemployed");

        await using var db = app.NewDbContext();
        var supportCase = await db.SupportCases.SingleAsync(c => c.ClientId == clientId, Ct);
        var concern = await db.Concerns.SingleAsync(c => c.SupportCaseId == supportCase.Id, Ct);
        Assert.Equal((ContactChannel.OmaoloResult, ConcernSource.Client, new DateOnly(2026, 11, 21)), (concern.Channel, concern.Source, concern.NoticedOn));
        Assert.Contains("Nukun huonosti: true", concern.Description, StringComparison.Ordinal);
        Assert.Equal(supportCase.OpenedAtOrganisationId, await db.Professionals.Where(p => p.Username == DemoActors.SoteNurse).Select(p => p.OrganisationId).SingleAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task TheProvidersSystem_MovesItsTask_WithThePagesRules_AndTheTeamSeesTheOutcome(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var (mattiId, _, _) = await SpeakingFhirAtTheBoundaryTests.MattisRecord(app);
        var coach = await app.SignedInAs("veera.valmentaja");
        Guid providerId;
        await using (var db = app.NewDbContext())
        {
            providerId = await db.Professionals.Where(p => p.Username == "veera.valmentaja").Select(p => p.OrganisationId).SingleAsync(Ct);
        }
        var inbox = FhirJson.Parse<Bundle>(await coach.GetStringAsync(new Uri($"/fhir/r4/Task?owner=Organization/{providerId}&status=requested", UriKind.Relative), Ct));
        var task = Assert.Single(inbox.Entry.Select(e => (FhirTask)e.Resource!), t => t.For!.Reference == $"Patient/{mattiId}");
        Assert.Empty(FhirJson.Parse<Bundle>(await coach.GetStringAsync(new Uri($"/fhir/r4/Task?owner=Organization/{Guid.CreateVersion7()}", UriKind.Relative), Ct)).Entry);

        async Task<HttpResponseMessage> Put(HttpClient http, FhirTask body, string? ifMatch = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/r4/Task/{body.Id}") { Content = Fhir(FhirJson.Serialize(body)) };
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
            return await http.SendAsync(request, Ct);
        }
        FhirTask Moved(FhirTask from, FhirTask.TaskStatus status)
        {
            var next = (FhirTask)from.DeepCopy();
            next.Status = status;
            return next;
        }

        var received = await Put(coach, Moved(task, FhirTask.TaskStatus.Received));
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var now = FhirJson.Parse<FhirTask>(await received.Content.ReadAsStringAsync(Ct));
        Assert.Equal(FhirTask.TaskStatus.Received, now.Status);
        // Skipping acceptance is refused as on the page; so is a move on the version read before.
        var skipped = await Put(coach, Moved(now, FhirTask.TaskStatus.InProgress));
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Contains("referral_transition_not_allowed", (await Outcome(skipped)).Issue[0].Diagnostics, StringComparison.Ordinal);
        var stale = await Put(coach, Moved(now, FhirTask.TaskStatus.Accepted), $"W/\"{task.Meta!.VersionId}\"");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // The sending team cannot accept in the provider's name; a stranger does not even find it.
        Assert.Equal(HttpStatusCode.Conflict, (await Put(await app.SignedInAs(DemoActors.SoteNurse), Moved(now, FhirTask.TaskStatus.Accepted))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Put(await app.SignedInAs(DemoActors.MallilaCoordinator), Moved(now, FhirTask.TaskStatus.Accepted))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(coach, Moved(now, FhirTask.TaskStatus.OnHold))).StatusCode);
        var wrongId = Moved(now, FhirTask.TaskStatus.Accepted);
        wrongId.Id = Guid.CreateVersion7().ToString();
        using (var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/r4/Task/{task.Id}") { Content = Fhir(FhirJson.Serialize(wrongId)) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await coach.SendAsync(request, Ct)).StatusCode);
        }

        now = FhirJson.Parse<FhirTask>(await (await Put(coach, Moved(now, FhirTask.TaskStatus.Accepted), $"W/\"{now.Meta!.VersionId}\"")).Content.ReadAsStringAsync(Ct));
        now = FhirJson.Parse<FhirTask>(await (await Put(coach, Moved(now, FhirTask.TaskStatus.InProgress))).Content.ReadAsStringAsync(Ct));
        var done = Moved(now, FhirTask.TaskStatus.Completed);
        done.Output.Add(new FhirTask.OutputComponent
        {
            Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.EmploymentOutcome),
            Value = new CodeableConcept(FhirSystems.EmploymentOutcomes, "paid-work"),
        });
        var noHours = await Put(coach, done);
        Assert.Equal(HttpStatusCode.BadRequest, noHours.StatusCode);
        Assert.Equal(["gotHelp", "deliveredAmount", "deliveredUnit", "hoursPerWeek"], (await Outcome(noHours)).Issue.SelectMany(i => i.Expression).Select(e => e ?? "").ToArray());
        done.Output.Add(new FhirTask.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.GotHelp), Value = new FhirBoolean(true) });
        done.Output.Add(new FhirTask.OutputComponent
        {
            Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.Delivered),
            Value = new Quantity { Value = 12, Unit = "visits", System = FhirSystems.Ucum, Code = "{visits}" },
        });
        done.Output.Add(new FhirTask.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.HoursPerWeek), Value = new Integer(30) });
        done.Output.Add(new FhirTask.OutputComponent { Type = new CodeableConcept(FhirSystems.TaskOutputs, ReferralTaskOutput.Employer), Value = new FhirString("Esikylän Kone Oy") });
        var completed = await Put(coach, done);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var final = FhirJson.Parse<FhirTask>(await completed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(FhirTask.TaskStatus.Completed, final.Status);
        static string Said(FhirTask.OutputComponent o) => o.Type.Coding[0].Code + "=" + o.Value switch
        {
            CodeableConcept c => c.Coding[0].Code,
            Quantity q => string.Create(CultureInfo.InvariantCulture, $"{q.Value} {q.Unit}"),
            FhirBoolean b => b.Value is true ? "true" : "false",
            var v => v!.ToString(),
        };
        Assert.Equal(["delivered=12 visits", "got-help=true", "employment-outcome=paid-work", "hours-per-week=30", "employer=Esikylän Kone Oy"],
            final.Output.Select(Said).Where(x => !x.StartsWith("delivered-service=", StringComparison.Ordinal)).ToArray());
        Assert.Single(final.Output, o => o.Type.Coding[0].Code == ReferralTaskOutput.DeliveredService);
        Assert.Equal(("referral-outcome", "got-help"), (final.BusinessStatus!.Coding[0].System!.Split('/')[^1], final.BusinessStatus.Coding[0].Code));
        Assert.Empty(FhirValidation.Errors(final));

        // The team sees the closed loop with its outcome, as if the provider had used the page.
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var referral = (await nurse.GetFromJsonAsync<JsonElement>($"/api/referrals/{task.Id}", Ct)).GetProperty("referral");
        Assert.Equal(("Completed", "PaidWork", 30), (referral.GetProperty("status").GetString(), referral.GetProperty("employmentOutcome").GetString(), referral.GetProperty("hoursPerWeek").GetInt32()));
        var outcome = referral.GetProperty("outcome");
        Assert.Equal(("GotHelp", true, 12, "Visits"), (outcome.GetProperty("code").GetString(), outcome.GetProperty("gotHelp").GetBoolean(),
            outcome.GetProperty("delivered").GetProperty("amount").GetInt32(), outcome.GetProperty("delivered").GetProperty("unit").GetString()));
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(ReferralStatus.Completed, (await db.Referrals.SingleAsync(r => r.Id == Guid.Parse(task.Id!), Ct)).Status);
        }
    }
}
