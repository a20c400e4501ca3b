using System.Net;
using System.Net.Http.Json;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.MyService;

/// <summary>
/// F40 part 6: selkosuomi is a language beside fi, sv and en for the client's own pages — chosen and kept with their details,
/// used at the next sign-in, and offered to clients and people not signed in but not to staff, whose pages stay in the full languages.
/// </summary>
public class ReadingMyPagesInPlainFinnishTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheClientChoosesSelkosuomi_AndTheirPagesSpeakIt_FromThisAndTheNextSignIn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var s = await TeamScenario.Create(app);
        var username = "asiakas-" + s.ClientId.ToString("N");
        var me = await app.SignedInAs(username);
        var standard = await me.GetStringAsync("/oma", Ct);
        Assert.Contains("Tehtäväni: mitä sovimme minun tekevän", standard, StringComparison.Ordinal);
        Assert.Contains(">Selkosuomi</a>", standard, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await me.PutAsJsonAsync("/api/me/language", new { language = "selko" }, Ct)).StatusCode);
        var plain = await me.GetStringAsync("/oma", Ct);
        Assert.Contains("<html lang=\"fi\"", plain, StringComparison.Ordinal);
        Assert.Contains("Tehtäväsi", plain, StringComparison.Ordinal);
        Assert.Contains("Sinulle kootaan tiimi. Tiimissä on ihmisiä, jotka auttavat sinua.", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Tehtäväni: mitä sovimme minun tekevän", plain, StringComparison.Ordinal);
        // A text with no plain version is the standard Finnish one, and dates stay Finnish.
        Assert.Contains("Kuka katsoi tietojani", plain, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"true\">Selkosuomi</a>", plain, StringComparison.Ordinal);

        // Kept with the client's details: the next sign-in opens in selkosuomi.
        var again = await app.SignedInAs(username);
        Assert.Contains("Tehtäväsi", await again.GetStringAsync("/oma", Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal("selko", db.Clients.Single(c => c.Id == s.ClientId).PreferredLanguage);
        }
        // Anything else is refused at the field.
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PutAsJsonAsync("/api/me/language", new { language = "fi-x-selko" }, Ct)).StatusCode);

        // Staff are not offered it; someone not signed in is, by the language link.
        Assert.DoesNotContain(">Selkosuomi</a>", await s.Nurse.GetStringAsync("/tyolista", Ct), StringComparison.Ordinal);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var switched = await anonymous.GetAsync(new Uri("/culture/fi-FI-selko?returnUrl=/sign-in", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("aria-current=\"true\">Selkosuomi</a>", await anonymous.GetStringAsync("/sign-in", Ct), StringComparison.Ordinal);
    }
}
