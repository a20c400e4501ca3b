using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Tests.Foundation;

public class KeepingTheSchemaInStepTests
{
    /// <summary>
    /// A model change without a migration for either provider fails the build's tests, so the
    /// two schemas never drift apart. No server is needed: the model is compared to the snapshot.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused")]
    public void Model_HasNoChangesMissingAMigration(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseWorkAbilityDatabase(provider, connectionString);
        using var db = new AppDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run dotnet ef migrations add for this provider.");
    }
}
