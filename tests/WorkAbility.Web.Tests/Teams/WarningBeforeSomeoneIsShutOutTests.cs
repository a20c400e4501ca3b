using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Teams;

/// <summary>
/// F11 on the pages: choosing someone the consent does not cover asks first and keeps what was typed;
/// the consent page names who a withdrawal would shut out, the case manager first; an ended team is history.
/// </summary>
public class WarningBeforeSomeoneIsShutOutTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FormingATeamOutsideTheConsent_AsksFirst_ThenTheConsentPageWarnsThatWithdrawingShutsOutTheCaseManager()
    {
        await using var database = await TestDatabase.CreateAsync(WorkAbility.Data.DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app, formTeam: false);
        var team = $"/asiakkaat/{s.ClientId}/tiimi";
        var nurse = s.People[DemoActors.SoteNurse];
        var expert = s.People[DemoActors.EmploymentExpert];

        // The client's current employment-services contact is a professional in the directory: the team proposal suggests him first.
        Assert.Equal(HttpStatusCode.Created, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/existing-services",
            new { kind = "Employment", organisation = "Esikylän työllisyyspalvelut", contactPerson = "teemu työllisyys" }, Ct)).StatusCode);
        var before = await s.Coordinator_.GetStringAsync(new Uri(team, UriKind.Relative), Ct);
        Assert.Contains("ei suostumuksessa", before, StringComparison.Ordinal);
        var firstCandidate = before[before.IndexOf("<tbody>", StringComparison.Ordinal)..];
        firstCandidate = firstCandidate[..firstCandidate.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Teemu Työllisyys", firstCandidate, StringComparison.Ordinal);
        Assert.Contains("Asiakkaan nykyinen yhteyshenkilö", firstCandidate, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> form =
        [
            new("memberIds", nurse.ToString()), new("memberIds", expert.ToString()),
            new("Team.CaseManagerId", expert.ToString()), new("Team.ClientWishes", "Työllisyyspalvelut mukaan, kiitos"),
        ];
        var warned = await PageForms.Post(s.Coordinator_, team, "form-team", form);
        var html = await warned.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("Asiakkaan suostumus ei kata", html, StringComparison.Ordinal);
        Assert.Contains("Teemu", html, StringComparison.Ordinal);
        Assert.Contains("Työllisyyspalvelut mukaan, kiitos", html, StringComparison.Ordinal);     // what was typed stays
        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.Teams.AnyAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct));
        }

        var formed = await PageForms.Post(s.Coordinator_, team, "form-team", form.Append(new("Team.OutsideConsentUnderstood", "true")));
        Assert.Equal(HttpStatusCode.OK, formed.StatusCode);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(expert, (await db.Teams.SingleAsync(t => db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.ClientId == s.ClientId), Ct)).CaseManagerId);
        }

        // With a consent naming the employment services, the case manager sees the client; the consent page names who a withdrawal shuts out.
        await s.GiveConsent();
        var consents = await s.Coordinator_.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/suostumus", UriKind.Relative), Ct);
        Assert.Contains("Jos suostumus perutaan", consents, StringComparison.Ordinal);
        Assert.Contains("asiakasvastaava", consents, StringComparison.Ordinal);
        Assert.Contains("Sovi ensin asiakasvastaavan vaihdosta", consents, StringComparison.Ordinal);
        Assert.DoesNotContain("Hanna Hoitaja (", consents, StringComparison.Ordinal);      // the sote nurse keeps sight whatever the consent says
    }

    [Fact]
    public async Task AnEndedCasesTeam_IsShownReadOnly_WithTheWayToReopen()
    {
        await using var database = await TestDatabase.CreateAsync(WorkAbility.Data.DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        Assert.Equal(HttpStatusCode.NoContent, (await s.Nurse.PostAsJsonAsync($"/api/clients/{s.ClientId}/cases/end",
            new { outcome = "InEducation", closingEvaluation = "Aloitti opinnot" }, Ct)).StatusCode);

        var html = await s.Coordinator_.GetStringAsync(new Uri($"/asiakkaat/{s.ClientId}/tiimi", UriKind.Relative), Ct);
        Assert.Contains("Tiimi näytetään sellaisena kuin se oli", html, StringComparison.Ordinal);
        Assert.Contains("Hanna Hoitaja", html, StringComparison.Ordinal);
        Assert.Contains($"/asiakkaat/{s.ClientId}/seuranta", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Poista tiimistä", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"add-member\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"convene\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"handover\"", html, StringComparison.Ordinal);

        // Adding someone to an ended team is refused at the door as before.
        var add = await s.Coordinator_.PostAsJsonAsync($"/api/clients/{s.ClientId}/team/members", new { professionalId = s.People[DemoActors.SoteDoctor] }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, add.StatusCode);
    }
}
