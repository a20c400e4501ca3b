using System.Net.Http.Json;
using System.Text.Json;

namespace WorkAbility.Web.Tests.Access;

/// <summary>Demo users the access tests act as, and a helper to register a client through the API.</summary>
internal static class DemoActors
{
    public const string SoteNurse = "hanna.hoitaja";              // Esikylä sote-centre
    public const string SoteDoctor = "lauri.laakari";             // same organisation, outside any case
    public const string EmploymentExpert = "teemu.tyollisyys";    // other organisation
    public const string MallilaCoordinator = "jukka.koordinaattori";
    public const string Manager = "johanna.johtaja";
    public const string Administrator = "pekka.paakayttaja";

    public static async Task<Guid> RegisterClient(HttpClient client, string code, string lastName = "Rekisteröity")
    {
        var response = await client.PostAsJsonAsync("/api/clients",
            new { personalIdentityCode = code, firstName = "Testi", lastName, municipality = "Esikylä" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
