using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Consultations;

public class ConsultingAnonymouslyTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProfessionalAsks_CoordinatorAnswers_AskerSeesTheAnswer_OthersSeeNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database);
        var youthWorker = await app.SignedInAs("nelli.nuoriso");
        var asked = await youthWorker.PostAsJsonAsync("/api/consultations",
            new { subject = "Nuori, keskeyttänyt opinnot", question = "Noin 20-vuotias, ei opiskelu- tai työpaikkaa. Mikä on riittävä tuki?" }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var coordinator = await app.SignedInAs("sari.koordinaattori");
        var inbox = await coordinator.GetFromJsonAsync<JsonElement[]>("/api/consultations", Ct);
        Assert.Contains(inbox!, c => c.GetProperty("id").GetGuid() == id && c.GetProperty("answer").ValueKind == JsonValueKind.Null);
        var answered = await coordinator.PostAsJsonAsync($"/api/consultations/{id}/answer", new { answer = "Ohjaa alkupalveluun; kysy lupa yhteistyöhön." }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);

        var mine = await youthWorker.GetFromJsonAsync<JsonElement>($"/api/consultations/{id}", Ct);
        Assert.Equal("Ohjaa alkupalveluun; kysy lupa yhteistyöhön.", mine.GetProperty("answer").GetString());

        var outsider = await app.SignedInAs(DemoActors.EmploymentExpert);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/api/consultations/{id}", UriKind.Relative), Ct)).StatusCode);
        Assert.Empty((await outsider.GetFromJsonAsync<JsonElement[]>("/api/consultations", Ct))!);
        Assert.Equal(HttpStatusCode.NotFound, (await youthWorker.PostAsJsonAsync($"/api/consultations/{id}/answer", new { answer = "x" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ConsultationContainingAValidIdentityCode_IsRefused_AndNothingIsStored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var response = await nurse.PostAsJsonAsync("/api/consultations",
            new { subject = "Työtön mies", question = "Koskee asiakasta 131052-308T, miten edetään?" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("henkilötunnukselta", errors.GetProperty("question")[0].GetString(), StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.False(await db.Consultations.AnyAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheStoredTable_HasNoClientColumns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        _ = app.Services;
        await using var db = app.NewDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = provider is DatabaseProvider.Sqlite
            ? "SELECT name FROM pragma_table_info('anonymous_consultations')"
            : "SELECT column_name FROM information_schema.columns WHERE table_name = 'anonymous_consultations'";
        var columns = new List<string>();
        await using (DbDataReader reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                columns.Add(reader.GetString(0));
            }
        }
        Assert.Equal(
            ["Answer", "AnsweredAt", "AnsweredById", "AskedAt", "AskedById", "AskedByOrganisationId", "Id", "Question", "Subject"],
            columns.Order(StringComparer.Ordinal));
    }
}
