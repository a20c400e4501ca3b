using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.CoordinatorReferrals;

/// <summary>
/// F31, the saatelomake: a professional of every organisation kind outside the sote-centres sends a
/// person to the coordinators of the person's home municipality; the answer is the same for a client
/// and a stranger; the form lands on that municipality's coordinator desk only; the sender follows its
/// status and nothing else; the coordinator matches or registers the person and takes them on, or
/// returns the form with a reason the sender reads.
/// </summary>
public class SendingAPersonToTheCoordinatorTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One professional of each organisation kind that is not a sote-centre, as the demo county has them.</summary>
    public static readonly string[] Senders =
        ["teemu.tyollisyys", "kaisa.kela", "nelli.nuoriso", "anni.jarjesto", "terhi.tyoterveys", "olli.opinto", "eeva.elake", "oskari.osaamiskeskus"];

    private static object Form(string firstName, string lastName, string municipality, string? code = null, string? birthDate = null, string? phone = null,
        string basis = "Oral", string? heardBy = "Lähettäjä Itse") => new
    {
        personalIdentityCode = code, firstName, lastName, birthDate, phone, municipality,
        concern = "Opinnot keskeytyneet, jaksaminen heikkoa.", clientsOwnWords = "Haluan jotain tekemistä päiviin.", tried = "Kaksi tapaamista.",
        existingServices = new[] { new { kind = "ThirdSector", organisation = "Nuorisotyö", contactPerson = "Nelli", contact = "040 1234 511" } },
        consent = new { basis, givenOn = "2026-11-20", heardBy }, contactPreference = "Tekstiviesti",
    };

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return doc.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryOrganisationKind_SendsTheForm_TheRightDeskGetsIt_AndTheSenderSeesOnlyWhereItIs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var sari = await app.SignedInAs("sari.koordinaattori");
        string mattiCode;
        Guid mattiId, mattiCase;
        await using (var db = app.NewDbContext())
        {
            var matti = await db.Clients.SingleAsync(c => c.FirstName == "Matti" && c.LastName == "Mallikas", Ct);
            (mattiCode, mattiId) = (matti.PersonalIdentityCode.Value, matti.Id);
            mattiCase = (await db.SupportCases.SingleAsync(SupportCase.ActiveOf(mattiId), Ct)).Id;
        }

        // Every kind sends one; half of them for people of Mallila.
        var sent = new Dictionary<string, Guid>();
        for (int i = 0; i < Senders.Length; i++)
        {
            var sender = await app.SignedInAs(Senders[i]);
            var response = await sender.PostAsJsonAsync("/api/coordinator-referrals",
                Form("Henkilö" + i, "Lähetetty", i % 2 == 0 ? "Esikylä" : "mallila ", birthDate: "2000-01-0" + (i + 1), phone: "040 000 10" + i), Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            sent[Senders[i]] = (await Json(response)).GetProperty("id").GetGuid();
        }

        // A client and a stranger get the same answer: 202 and an id, nothing else.
        var nelli = await app.SignedInAs("nelli.nuoriso");
        var forMatti = await nelli.PostAsJsonAsync("/api/coordinator-referrals", Form("Matti", "Mallikas", "Esikylä", code: mattiCode), Ct);
        var forStranger = await nelli.PostAsJsonAsync("/api/coordinator-referrals", Form("Uusi", "Ihminen", "Esikylä", code: "010203A9057"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, forMatti.StatusCode);
        Assert.Equal(forMatti.StatusCode, forStranger.StatusCode);
        var mattiReply = await Json(forMatti);
        var strangerReply = await Json(forStranger);
        Assert.Equal(["id"], mattiReply.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["id"], strangerReply.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(forMatti.Content.Headers.ContentType, forStranger.Content.Headers.ContentType);
        var mattiReferral = mattiReply.GetProperty("id").GetGuid();
        var strangerReferral = strangerReply.GetProperty("id").GetGuid();

        // Each desk gets its own municipality's forms, oldest first.
        var jukka = await app.SignedInAs("jukka.koordinaattori");
        var sariList = await Json(await sari.GetAsync(new Uri("/api/coordinator-referrals", UriKind.Relative), Ct));
        var jukkaList = await Json(await jukka.GetAsync(new Uri("/api/coordinator-referrals", UriKind.Relative), Ct));
        Guid[] Waiting(JsonElement list) => list.GetProperty("waiting").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToArray();
        for (int i = 0; i < Senders.Length; i++)
        {
            Assert.Equal(i % 2 == 0, Waiting(sariList).Contains(sent[Senders[i]]));
            Assert.Equal(i % 2 == 1, Waiting(jukkaList).Contains(sent[Senders[i]]));
        }
        var times = sariList.GetProperty("waiting").EnumerateArray().Select(r => r.GetProperty("sentAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order().ToList(), times);
        var desk = await sari.GetStringAsync(new Uri("/tyopoyta", UriKind.Relative), Ct);
        Assert.Contains("Lähetetty, Henkilö0", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("Lähetetty, Henkilö1", desk, StringComparison.Ordinal);

        // The sender sees status only; others of the county and the other desk see nothing.
        var status = await Json(await nelli.GetAsync(new Uri($"/api/coordinator-referrals/{mattiReferral}", UriKind.Relative), Ct));
        Assert.Equal("Sent", status.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("details").ValueKind);
        foreach (var outsider in new[] { await app.SignedInAs("hanna.hoitaja"), jukka, await app.SignedInAs("teemu.tyollisyys") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/coordinator-referrals/{mattiReferral}", UriKind.Relative), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/coordinator-referrals/{mattiReferral}/take-on", new { clientId = mattiId }, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await nelli.PostAsJsonAsync($"/api/coordinator-referrals/{mattiReferral}/return", new { reason = "Other", note = "x" }, Ct)).StatusCode);

        // The coordinator opens it: Matti is offered as the match (logged), and the sender sees it has arrived.
        var full = await Json(await sari.GetAsync(new Uri($"/api/coordinator-referrals/{mattiReferral}", UriKind.Relative), Ct));
        var candidates = full.GetProperty("details").GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(mattiId, Assert.Single(candidates).GetProperty("clientId").GetGuid());
        Assert.True(candidates[0].GetProperty("hasActiveCase").GetBoolean());
        status = await Json(await nelli.GetAsync(new Uri($"/api/coordinator-referrals/{mattiReferral}", UriKind.Relative), Ct));
        Assert.Equal("Received", status.GetProperty("status").GetString());

        // Taking Matti on joins his one active case; the form is on his timeline as a contact by saatelomake.
        var joined = await Json(await sari.PostAsJsonAsync($"/api/coordinator-referrals/{mattiReferral}/take-on", new { clientId = mattiId }, Ct));
        Assert.Equal(mattiCase, joined.GetProperty("caseId").GetGuid());
        Assert.False(joined.GetProperty("openedNewCase").GetBoolean());

        // A stranger is registered from the form and gets a case at the coordinator's assessment with Sari.
        var registered = await sari.PostAsJsonAsync($"/api/coordinator-referrals/{strangerReferral}/take-on",
            new { personalIdentityCode = "010203A9057", firstName = "Uusi", lastName = "Ihminen", municipality = "Esikylä", path = "Unemployed" }, Ct);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var newClient = await Json(registered);
        Assert.True(newClient.GetProperty("registered").GetBoolean());
        var newClientId = newClient.GetProperty("clientId").GetGuid();
        await using (var db = app.NewDbContext())
        {
            var sariId = (await db.Professionals.SingleAsync(p => p.Username == "sari.koordinaattori", Ct)).Id;
            var newCase = await db.SupportCases.SingleAsync(SupportCase.ActiveOf(newClientId), Ct);
            Assert.Equal(CaseStage.CoordinatorAssessment, newCase.Stage);
            Assert.Equal(sariId, newCase.CoordinatorId);
            var concern = await db.Concerns.SingleAsync(c => c.SupportCaseId == newCase.Id, Ct);
            Assert.Equal(ContactChannel.CoordinatorReferral, concern.Channel);
            Assert.Equal("Haluan jotain tekemistä päiviin.", concern.ClientResponse);
            Assert.Equal("Nuorisotyö", (await db.ExistingServices.SingleAsync(s => s.ClientId == newClientId, Ct)).Organisation);
            Assert.Equal(sariId, (await db.SupportCases.SingleAsync(c => c.Id == mattiCase, Ct)).CoordinatorId);
            Assert.True(await db.Concerns.AnyAsync(c => c.SupportCaseId == mattiCase && c.Channel == ContactChannel.CoordinatorReferral, Ct));
            // The match Sari was shown and the take-on are on Matti's access log, with the form as their ground.
            var entries = await db.AccessLog.Where(e => e.ClientId == mattiId && e.Purpose == nameof(AccessBasis.CoordinatorReferral)).ToListAsync(Ct);
            Assert.Contains(entries, e => e.Resource == "coordinator-referral.match" && e.Action == AccessAction.Read);
            Assert.Contains(entries, e => e.Resource == "coordinator-referral.take-on" && e.Action == AccessAction.Update);
        }
        Assert.Equal(HttpStatusCode.OK, (await sari.GetAsync(new Uri($"/api/clients/{newClientId}", UriKind.Relative), Ct)).StatusCode);

        // The sender sees "taken on" and nothing more: neither client is open to her.
        status = await Json(await nelli.GetAsync(new Uri($"/api/coordinator-referrals/{strangerReferral}", UriKind.Relative), Ct));
        Assert.Equal("TakenOn", status.GetProperty("status").GetString());
        Assert.DoesNotContain(newClientId.ToString(), status.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await nelli.GetAsync(new Uri($"/api/clients/{newClientId}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nelli.GetAsync(new Uri($"/api/clients/{mattiId}", UriKind.Relative), Ct)).StatusCode);

        // Returning needs a reason and words; the sender reads them; a handled form cannot be handled again.
        var toReturn = sent["teemu.tyollisyys"];
        var noReason = await sari.PostAsJsonAsync($"/api/coordinator-referrals/{toReturn}/return", new { reason = (string?)null, note = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var problem = await Json(noReason);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await sari.PostAsJsonAsync($"/api/coordinator-referrals/{toReturn}/return",
            new { reason = "NoConsent", note = "Suostumus ei nimeä hyvinvointialuetta." }, Ct)).StatusCode);
        var teemu = await app.SignedInAs("teemu.tyollisyys");
        var returned = await Json(await teemu.GetAsync(new Uri($"/api/coordinator-referrals/{toReturn}", UriKind.Relative), Ct));
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal("NoConsent", returned.GetProperty("returnReason").GetString());
        Assert.Equal("Suostumus ei nimeä hyvinvointialuetta.", returned.GetProperty("returnNote").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await sari.PostAsJsonAsync($"/api/coordinator-referrals/{toReturn}/take-on",
            new { personalIdentityCode = "020304A906Y", firstName = "X", lastName = "Y", municipality = "Esikylä" }, Ct)).StatusCode);
        var teemuPage = await teemu.GetStringAsync(new Uri("/saatelomakkeet", UriKind.Relative), Ct);
        Assert.Contains("Palautettu", teemuPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMatchIsOnlyWhatTheFormAllows_AndAKnownIdentityCodeIsThatClient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var sari = await app.SignedInAs("sari.koordinaattori");
        Guid mattiId, helmiId;
        string mattiCode;
        await using (var db = app.NewDbContext())
        {
            var matti = await db.Clients.SingleAsync(c => c.FirstName == "Matti" && c.LastName == "Mallikas", Ct);
            (mattiId, mattiCode) = (matti.Id, matti.PersonalIdentityCode.Value);
            helmiId = (await db.Clients.SingleAsync(c => c.FirstName == "Helmi" && c.LastName == "Hitsaaja", Ct)).Id;
        }
        var anni = await app.SignedInAs("anni.jarjesto");

        // Without the code, Matti is found by last name and birth date.
        var mattiBirth = WorkAbility.Domain.Clients.PersonalIdentityCode.Parse(mattiCode).BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byBirth = (await Json(await anni.PostAsJsonAsync("/api/coordinator-referrals", Form("Matti", "Mallikas", "Esikylä", birthDate: mattiBirth, phone: "040 000 0001"), Ct)))
            .GetProperty("id").GetGuid();
        var view = await Json(await sari.GetAsync(new Uri($"/api/coordinator-referrals/{byBirth}", UriKind.Relative), Ct));
        Assert.Equal(mattiId, Assert.Single(view.GetProperty("details").GetProperty("candidates").EnumerateArray()).GetProperty("clientId").GetGuid());

        // Helmi is not a match: choosing her is refused and changes nothing.
        var refused = await sari.PostAsJsonAsync($"/api/coordinator-referrals/{byBirth}/take-on", new { clientId = helmiId }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("coordinator_referral_not_candidate", (await Json(refused)).GetProperty("code").GetString());

        // Registering with Matti's code is taking Matti on: the county keeps one record per identity code.
        var taken = await Json(await sari.PostAsJsonAsync($"/api/coordinator-referrals/{byBirth}/take-on",
            new { personalIdentityCode = mattiCode, firstName = "Matti", lastName = "Mallikas", municipality = "Esikylä" }, Ct));
        Assert.Equal(mattiId, taken.GetProperty("clientId").GetGuid());
        Assert.False(taken.GetProperty("registered").GetBoolean());
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.Clients.CountAsync(c => c.LastName == "Mallikas", Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadForms_GetNamedErrors_NeverA500_AndNothingIsSent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var teemu = await app.SignedInAs("teemu.tyollisyys");
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.CoordinatorReferrals.CountAsync(Ct);
        }

        async Task<JsonElement> Refused(object body, params string[] fields)
        {
            var response = await teemu.PostAsJsonAsync("/api/coordinator-referrals", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await Json(response);
            foreach (var field in fields)
            {
                Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field + " in " + problem.GetRawText());
            }
            return problem;
        }

        // No consent, no referral: the model's own rule, in its own words.
        var noConsent = await Refused(new { firstName = "A", lastName = "B", municipality = "Esikylä", birthDate = "1990-01-01", phone = "040 1234567", concern = "Huoli" }, "consent.basis", "consent.givenOn");
        Assert.Equal("coordinator_referral_needs_consent", noConsent.GetProperty("codes").GetProperty("consent.basis").GetString());
        // Oral consent needs who heard it; without a code, a birth date and phone; a municipality the county serves.
        var problem = await Refused(new { firstName = "A", lastName = "B", municipality = "Helsinki", concern = "Huoli", consent = new { basis = "Oral", givenOn = "2026-11-20" } },
            "consent.heardBy", "birthDate", "phone", "municipality");
        Assert.Equal("referral_municipality_not_served", problem.GetProperty("codes").GetProperty("municipality").GetString());
        // A future consent, a broken identity code, a birth date that disagrees with the code, a null service row, too long a text.
        await Refused(new
        {
            personalIdentityCode = "010203A9058", firstName = "A", lastName = "B", municipality = "Esikylä", concern = new string('x', 4001),
            existingServices = new object?[] { null, new { kind = "Kela" } }, consent = new { basis = "WrittenY100", givenOn = "2099-01-01" },
        }, "personalIdentityCode", "concern", "existingServices[0]", "existingServices[1].organisation", "consent.givenOn");
        await Refused(new
        {
            personalIdentityCode = "010203A9057", birthDate = "2003-02-02", firstName = "A", lastName = "B", municipality = "Esikylä", concern = "Huoli",
            consent = new { basis = "WrittenY100", givenOn = "2026-11-20" },
        }, "birthDate");

        // Malformed bodies: an unknown choice, a wrong type, no body at all — 400, never 500.
        foreach (var raw in new[]
                 {
                     """{"firstName":"A","consent":{"basis":"Telepathy","givenOn":"2026-11-20"}}""",
                     """{"firstName":["A"],"lastName":"B"}""",
                     """{"existingServices":[{"kind":42}]}""",
                     """null""",
                     """{"consent":{"givenOn":"yesterday"}}""",
                     "",
                 })
        {
            var response = await teemu.PostAsync(new Uri("/api/coordinator-referrals", UriKind.Relative),
                new StringContent(raw, System.Text.Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        // Anonymous callers are not let in; a manager is no sender.
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/coordinator-referrals", Form("A", "B", "Esikylä", code: "010203A9057"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs("johanna.johtaja")).PostAsJsonAsync("/api/coordinator-referrals",
            Form("A", "B", "Esikylä", code: "010203A9057"), Ct)).StatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(before, await db.CoordinatorReferrals.CountAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAdministrator_RoutesAMunicipality_AndItsFormsGoThere(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var admin = await app.SignedInAs("pekka.paakayttaja");
        var routes = await Json(await admin.GetAsync(new Uri("/api/admin/coordinator-routes", UriKind.Relative), Ct));
        Assert.Equal(["Esikylä", "Mallila"], routes.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("municipality").GetString()!).ToArray());
        var mallila = routes.GetProperty("soteCentres").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Mallilan sote-keskus").GetProperty("id").GetGuid();

        // Before the route, Uusikylä is not served; the page names the municipality field.
        var olli = await app.SignedInAs("olli.opinto");
        Assert.Equal(HttpStatusCode.BadRequest, (await olli.PostAsJsonAsync("/api/coordinator-referrals", Form("A", "B", "Uusikylä", code: "010203A9057"), Ct)).StatusCode);

        // A route needs a sote-centre: Kela is refused, a missing choice is named.
        Guid kela;
        await using (var db = app.NewDbContext())
        {
            kela = (await db.Organisations.SingleAsync(o => o.Kind == WorkAbility.Domain.Organisations.OrganisationKind.Kela, Ct)).Id;
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/coordinator-routes", new { municipality = "Uusikylä", organisationId = kela }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/coordinator-routes", new { municipality = "", organisationId = (Guid?)null }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/admin/coordinator-routes", new { municipality = "Uusikylä", organisationId = mallila }, Ct)).StatusCode);

        var sent = await olli.PostAsJsonAsync("/api/coordinator-referrals", Form("Aapo", "Uusikyläinen", "uusikylä", code: "010203A9057"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var id = (await Json(sent)).GetProperty("id").GetGuid();
        var jukka = await Json(await (await app.SignedInAs("jukka.koordinaattori")).GetAsync(new Uri("/api/coordinator-referrals", UriKind.Relative), Ct));
        Assert.Contains(id, jukka.GetProperty("waiting").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));

        // Routing is the administrator's: a coordinator cannot change it.
        var sari = await app.SignedInAs("sari.koordinaattori");
        Assert.NotEqual(HttpStatusCode.NoContent, (await sari.PostAsJsonAsync("/api/admin/coordinator-routes", new { municipality = "Uusikylä", organisationId = mallila }, Ct)).StatusCode);
        Assert.Contains("Uusikylä", await admin.GetStringAsync(new Uri("/yllapito/ohjaukset", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
