using WorkAbility.Data;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// Every section of settings is a typed class checked at start: a value outside its bounds, or one that is not a value
/// of its type, stops the app before it serves anyone, and the message names the setting to fix.
/// </summary>
public class StartingWithBadSettingsTests(PostgresCluster cluster)
{
    [Theory]
    [InlineData("AccessLog:SealIntervalMilliseconds", "5")]
    [InlineData("Database:PartitionMonthsAhead", "0")]
    [InlineData("Statistics:IntervalSeconds", "1")]
    [InlineData("Reminders:IntervalSeconds", "-3")]
    [InlineData("Kanta:MaxAttempts", "0")]
    [InlineData("Auth:InactivityTimeoutMinutes", "0")]
    [InlineData("Auth:Mode", "Maybe")]
    [InlineData("Home:OverviewSeconds", "soon")]
    [InlineData("Database:AppRole", "app; DROP TABLE clients")]
    public async Task ABadSetting_StopsTheStart_NamingTheSetting(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false, settings: new Dictionary<string, string> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodSettings_AreWhatTheAdministratorSees()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: true, demoClients: 0,
            settings: new Dictionary<string, string> { ["AccessLog:SealIntervalMilliseconds"] = "750" });
        var admin = await app.SignedInAs("pekka.paakayttaja");
        var settings = await admin.GetStringAsync(new Uri("/api/admin/settings", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"sealIntervalMilliseconds\":750", settings, StringComparison.Ordinal);
    }
}
