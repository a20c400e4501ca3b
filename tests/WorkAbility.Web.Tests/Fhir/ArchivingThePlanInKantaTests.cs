using System.Net;
using Microsoft.AspNetCore.Http;
using System.Net.Http.Json;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Fhir;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Fhir;

/// <summary>
/// The plan to Kanta (issue 17): saving a plan queues exactly one document in the same transaction;
/// while the receiver is down the outbox waits longer each time and sends the same bytes again; when
/// it returns the document is delivered once, validates against R4 and says what the print view says.
/// </summary>
public class ArchivingThePlanInKantaTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Kanta(string endpoint, int maxAttempts = 12) => new()
    {
        ["Kanta:Endpoint"] = endpoint,
        ["Kanta:PollSeconds"] = "3600", // the test runs the rounds itself
        ["Kanta:FirstRetrySeconds"] = "30",
        ["Kanta:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<int> Round(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KantaDelivery>().RunOnce(Ct);
    }

    /// <summary>The demo county's own plan history is queued too when archiving is on; these tests follow Matti's plan only.</summary>
    private static async System.Threading.Tasks.Task ForgetTheDemoHistory(WorkAbilityApp app)
    {
        _ = app.Services;
        await using var db = app.NewDbContext();
        await db.PlanDocumentDeliveries.ExecuteDeleteAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task SavingThePlan_QueuesOneDocument_RetriedWhileKantaIsDown_AndDeliveredOnceWhenItReturns(DatabaseProvider provider)
    {
        await using var stub = await FhirStub.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, settings: Kanta(stub.BaseAddress));
        await ForgetTheDemoHistory(app);
        stub.Status = StatusCodes.Status503ServiceUnavailable;

        var (mattiId, _, _) = await SpeakingFhirAtTheBoundaryTests.MattisRecord(app);
        PlanDocumentDelivery queued;
        await using (var db = app.NewDbContext())
        {
            queued = Assert.Single(await db.PlanDocumentDeliveries.ToListAsync(Ct));
            var version = await db.PlanVersions.SingleAsync(v => v.Id == queued.PlanVersionId, Ct);
            Assert.Equal(1, version.Number);
            Assert.Equal((DeliveryStatus.Pending, 0), (queued.Status, queued.Attempts));
        }

        // Down: the first attempt fails and the next waits 30 s; nothing is sent before then; the second waits 60 s.
        Assert.Equal(0, await Round(app));
        Assert.Equal(0, await Round(app));
        Assert.Single(stub.Received);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Round(app));
        Assert.Equal(2, stub.Received.Count);
        await using (var db = app.NewDbContext())
        {
            var failing = await db.PlanDocumentDeliveries.SingleAsync(Ct);
            Assert.Equal((DeliveryStatus.Pending, 2, "503 Service Unavailable"), (failing.Status, failing.Attempts, failing.LastError));
            Assert.Equal(app.Clock.GetUtcNow().AddSeconds(60), failing.NextAttemptAt);
        }

        // Back: delivered once, and never again.
        stub.Status = StatusCodes.Status201Created;
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await Round(app));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await Round(app));
        var sent = stub.Received.ToList();
        Assert.Equal([503, 503, 201], sent.Select(s => s.Answered).ToArray());
        Assert.Single(sent.Select(s => s.Body).Distinct());
        Assert.All(sent, s => Assert.Equal(("/fhir/Bundle", "application/fhir+json; charset=utf-8"), (s.Path, s.ContentType)));

        // The document: valid R4, the Composition first, and the plan as the print view shows it.
        var document = FhirJson.Parse<Bundle>(sent[^1].Body);
        var (errors, warnings) = FhirValidation.Check(document);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        TestContext.Current.SendDiagnosticMessage($"{provider}: plan document: {document.Entry.Count} entries, 0 errors, {warnings} warnings");
        Assert.Equal(Bundle.BundleType.Document, document.Type);
        Assert.Equal($"urn:uuid:{queued.PlanVersionId}", document.Identifier!.Value);
        var composition = Assert.IsType<Composition>(document.Entry[0].Resource);
        Assert.Equal("Työkyvyn tuen suunnitelma, versio 1", composition.Title);
        var plan = Assert.Single(document.Entry.Select(e => e.Resource).OfType<CarePlan>());
        Assert.Single(document.Entry.Select(e => e.Resource).OfType<Patient>(), p => p.Id == mattiId.ToString());
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var print = WebUtility.HtmlDecode(await nurse.GetStringAsync(new Uri($"/asiakkaat/{mattiId}/suunnitelma/tuloste", UriKind.Relative), Ct));
        Assert.Contains(plan.Description!, print, StringComparison.Ordinal);
        Assert.All(plan.Contained.OfType<Goal>(), g => Assert.Contains(g.Description.Text!, print, StringComparison.Ordinal));
        Assert.All(plan.Note.Where(n => n.Text!.StartsWith("Roolit", StringComparison.Ordinal) || n.Text!.StartsWith("Arviointi", StringComparison.Ordinal)),
            n => Assert.Contains(n.Text!.Split(": ", 2)[1], print, StringComparison.Ordinal));
        var referral = Assert.Single(document.Entry.Select(e => e.Resource).OfType<ServiceRequest>());
        Assert.Contains(referral.Code!.Text!, print, StringComparison.Ordinal);

        await using (var db = app.NewDbContext())
        {
            var delivered = await db.PlanDocumentDeliveries.SingleAsync(Ct);
            Assert.Equal((DeliveryStatus.Delivered, 3), (delivered.Status, delivered.Attempts));
            var export = Assert.Single(await db.AccessLog.Where(e => e.ClientId == mattiId && e.Resource == "kanta.plan-document").ToListAsync(Ct));
            Assert.Equal((AccessAction.Export, nameof(AccessBasis.NationalArchive), true), (export.Action, export.Purpose, export.Allowed));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async System.Threading.Tasks.Task OnTheRealClock_TheQueuedVersionIsDueAtOnce_AndDeliveredOnce(DatabaseProvider provider)
    {
        // The times the outbox stores (100 ns in .NET, 1 µs in PostgreSQL, ticks in SQLite) are compared with the clock
        // the next round reads: a row queued just now must be due, and a delivered one never again.
        await using var stub = await FhirStub.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true, settings: Kanta(stub.BaseAddress));
        await ForgetTheDemoHistory(app);
        await SpeakingFhirAtTheBoundaryTests.MattisRecord(app);
        Assert.Equal(1, await Round(app));
        Assert.Equal(0, await Round(app));
        Assert.Single(stub.Received);
        await using var db = app.NewDbContext();
        var delivered = await db.PlanDocumentDeliveries.SingleAsync(Ct);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.True(delivered.DeliveredAt >= delivered.QueuedAt);
    }

    [Fact]
    public async System.Threading.Tasks.Task AGivenUpDocument_IsShownToTheAdministrator_AndSentAgainOnlyByThem()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        // Nothing listens here: every attempt is refused at once.
        await using var app = new WorkAbilityApp(database, settings: Kanta("http://kanta:secret@127.0.0.1:9/fhir?token=secret", maxAttempts: 2));
        await ForgetTheDemoHistory(app);
        await SpeakingFhirAtTheBoundaryTests.MattisRecord(app);
        Assert.Equal(0, await Round(app));
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Round(app));

        var admin = await app.SignedInAs(DemoActors.Administrator);
        var outbox = await admin.GetFromJsonAsync<JsonElement>("/api/admin/kanta-outbox", Ct);
        Assert.True(outbox.GetProperty("enabled").GetBoolean());
        Assert.Equal("http://127.0.0.1:9/fhir", outbox.GetProperty("endpoint").GetString());
        Assert.Equal((0, 1), (outbox.GetProperty("pending").GetInt32(), outbox.GetProperty("givenUp").GetInt32()));
        var row = Assert.Single(outbox.GetProperty("latest").EnumerateArray());
        Assert.Equal(("GivenUp", 2), (row.GetProperty("status").GetString(), row.GetProperty("attempts").GetInt32()));
        Assert.StartsWith("HttpRequestException", row.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mallikas", outbox.GetRawText(), StringComparison.Ordinal);
        var page = await admin.GetStringAsync(new Uri("/yllapito/kanta", UriKind.Relative), Ct);
        Assert.Contains("Lähetys keskeytetty", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(new Uri("/api/admin/kanta-outbox?status=Lost", UriKind.Relative), Ct)).StatusCode);

        var id = row.GetProperty("id").GetGuid();
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.False((await nurse.PostAsync(new Uri($"/api/admin/kanta-outbox/{id}/send-again", UriKind.Relative), null, Ct)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(new Uri($"/api/admin/kanta-outbox/{id}/send-again", UriKind.Relative), null, Ct)).StatusCode);
        var again = await admin.PostAsync(new Uri($"/api/admin/kanta-outbox/{id}/send-again", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("delivery_not_given_up", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>("/api/admin/kanta-outbox", Ct)).GetProperty("pending").GetInt32());
    }

    [Fact]
    public async System.Threading.Tasks.Task WithoutAnEndpoint_NothingIsQueued_AndTheAdministratorIsToldItIsOff()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        await SpeakingFhirAtTheBoundaryTests.MattisRecord(app);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(0, await db.PlanDocumentDeliveries.CountAsync(Ct));
        }
        var admin = await app.SignedInAs(DemoActors.Administrator);
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/api/admin/kanta-outbox", Ct)).GetProperty("enabled").GetBoolean());
        Assert.Contains("Ei käytössä", await admin.GetStringAsync(new Uri("/yllapito/kanta", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
