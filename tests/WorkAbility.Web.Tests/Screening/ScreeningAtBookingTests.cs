using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkAbility.Data;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Features.Screening;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Screening;

public class ScreeningAtBookingTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private TestDatabase database = null!;
    private WorkAbilityApp app = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        app = new WorkAbilityApp(database);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<JsonElement[]> Alerts(object facts, string culture = "")
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.PostAsJsonAsync("/api/screening/evaluate" + culture, facts, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. body.GetProperty("alerts").EnumerateArray()];
    }

    [Fact]
    public async Task EachCheck_IsKeptForTheStatistics_AsWhenWhereAndWhetherItAlerted_AndNothingOfTheBooking()
    {
        await using (var db = app.NewDbContext())
        {
            db.ScreeningChecks.RemoveRange(db.ScreeningChecks);
            await db.SaveChangesAsync(Ct);
        }
        await Alerts(new { employmentStatus = "unemployed", visitReason = "prolonged flu" });
        await Alerts(new { employmentStatus = "employed", hasOccupationalHealth = true, visitReason = "sprained ankle" });
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Equal(HttpStatusCode.BadRequest, (await nurse.PostAsJsonAsync("/api/screening/evaluate", new { employmentStatus = "astronaut" }, Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var kept = db.ScreeningChecks.AsEnumerable().OrderBy(c => c.CheckedAt).ToList();
            Assert.Equal([true, false], kept.Select(c => c.Alerted));
            var organisation = db.Professionals.Single(p => p.Username == DemoActors.SoteNurse).OrganisationId;
            Assert.All(kept, c => Assert.Equal(organisation, c.OrganisationId));
            Assert.All(kept, c => Assert.Equal(db.Organisations.Single(o => o.Id == organisation).Area, c.Municipality));
        }
    }

    [Fact]
    public async Task Seed000_UnemployedPersonBookingForAProlongedFlu_Alerts_WithReasons()
    {
        var alerts = await Alerts(new { employmentStatus = "unemployed", visitReason = "prolonged flu" });
        var alert = Assert.Single(alerts, a => a.GetProperty("ruleId").GetString() == "unemployed-health-visit");
        var reason = alert.GetProperty("reason").GetString()!;
        Assert.Contains("Työtön", reason, StringComparison.Ordinal);
        Assert.Contains("prolonged", reason, StringComparison.Ordinal);
        Assert.Contains("alkupalveluun", alert.GetProperty("suggestedStep").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinnishWording_OfTheSameVisit_AlertsToo_AndSwedishCallersGetSwedish()
    {
        var fi = Assert.Single(await Alerts(new { employmentStatus = "unemployed", visitReason = "Pitkittynyt flunssa" }),
            a => a.GetProperty("ruleId").GetString() == "unemployed-health-visit");
        // The words as written, once, never a stem; the English "flu" does not fire on the Finnish "flunssa".
        Assert.Contains("Käynnin syy mainitsee ”Pitkittynyt”, ”flunssa”", fi.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("”flu”", fi.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var sv = await Alerts(new { employmentStatus = "unemployed", visitReason = "långvarig förkylning" }, "?culture=sv-FI");
        Assert.Contains("Arbetslös", Assert.Single(sv).GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(35, true)]
    [InlineData(31, true)]
    [InlineData(30, false)]
    public async Task EmployedPerson_WithSickLeaveOver30Days_GetsTheOccupationalHealthReferralAlert(int days, bool alerts)
    {
        var result = await Alerts(new { employmentStatus = "employed", hasOccupationalHealth = true, sickLeaveDaysLast12Months = days });
        Assert.Equal(alerts, result.Any(a => a.GetProperty("ruleId").GetString() == "oh-sick-leave-over-30-days"));
    }

    [Fact]
    public async Task EmployedWithoutOccupationalHealth_IsSentToTheSoteCentre_NotToOccupationalHealth()
    {
        var result = await Alerts(new { employmentStatus = "employed", hasOccupationalHealth = false, sickLeaveDaysLast12Months = 40 });
        Assert.Equal(["employed-without-oh-sick-leave"], result.Select(a => a.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task AnsweredIndicators_AlertByTheirGroup_AndNameTheIndicator()
    {
        var result = await Alerts(new { indicators = new Dictionary<string, bool> { ["housing"] = true, ["autism-spectrum"] = true } });
        Assert.Equal(["functioning-and-health", "life-situation"], result.Select(a => a.GetProperty("ruleId").GetString()));
        Assert.Contains("Asumisen ongelmat", result[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingKnown_MeansNoAlert() => Assert.Empty(await Alerts(new { }));

    [Theory]
    [InlineData("{ \"employmentStatus\": \"retired\" }", "employmentStatus")]
    [InlineData("{ \"ageYears\": -4 }", "ageYears")]
    [InlineData("{ \"indicators\": { \"no-such-thing\": true } }", "indicators")]
    public async Task InvalidFacts_Are400_WithTheFieldNamed(string json, string field)
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.PostAsync(new Uri("/api/screening/evaluate", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("{ \"ageYears\": \"forty\" }")]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    public async Task MalformedInput_Is400ProblemJson_Never500(string json)
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.PostAsync(new Uri("/api/screening/evaluate", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheRequestShape_IsDocumentedInOpenApi_WithAnExample()
    {
        var doc = await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);
        Assert.Contains("/api/screening/evaluate", doc, StringComparison.Ordinal);
        Assert.Contains("prolonged flu", doc, StringComparison.Ordinal);
        Assert.Contains("self-employed", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_ListTheIndicatorsOfSeeds001And004()
    {
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var rules = await nurse.GetFromJsonAsync<JsonElement>("/api/screening/rules", Ct);
        var ids = rules.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "school-history", "autism-spectrum", "housing", "social-functioning", "indoor-air", "recurring-sick-leave" }, ids);
    }

    [Fact]
    public async Task Screening_IsForProfessionals_NotForAnonymousCallers()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/screening/evaluate", new { }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void EmploymentStatusText_RoundTrips_ForEveryStatus()
    {
        Assert.Equal("self-employed", ScreeningRuleFile.StatusText(WorkAbility.Domain.Screening.EmploymentStatus.SelfEmployed));
        foreach (var status in Enum.GetValues<WorkAbility.Domain.Screening.EmploymentStatus>())
        {
            Assert.True(ScreeningRuleFile.TryParseStatus(ScreeningRuleFile.StatusText(status), out var parsed));
            Assert.Equal(status, parsed);
        }
    }

    [Theory]
    [InlineData("""{ "indicators": [], "rules": [ { "id": "x", "label": { "fi": "a", "sv": "b", "en": "c" }, "when": { "anyIndicator": ["nope"] }, "suggestedStep": { "fi": "a", "sv": "b", "en": "c" } } ] }""", "$.rules[0].when")]
    [InlineData("""{ "indicators": [], "rules": [ { "id": "x", "label": { "fi": "a", "sv": "b" }, "when": { "all": [] }, "suggestedStep": { "fi": "a", "sv": "b", "en": "c" } } ] }""", "$.rules[0].label")]
    [InlineData("""{ "indicators": [], "rules": [ { "id": "x", "label": { "fi": "a", "sv": "b", "en": "c" }, "when": { "fact": "shoeSize", "min": 3 }, "suggestedStep": { "fi": "a", "sv": "b", "en": "c" } } ] }""", "$.rules[0].when.fact")]
    public void BrokenRuleFile_IsRefused_NamingWhere(string json, string path)
    {
        var ex = Assert.Throws<ScreeningRuleFile.InvalidRuleFileException>(() => ScreeningRuleFile.Parse(json));
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }
}
