using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Features.Screening;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Shared;

public class GuidingEachStageTests(PostgresCluster cluster)
{
    [Fact]
    public async Task EveryStage_HasRolesRisksAndReading_InAllThreeLanguages()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, seedDemoData: false);
        var guidance = app.Services.GetRequiredService<StageGuidance>();
        foreach (var stage in Enum.GetValues<CaseStage>())
        {
            var entry = guidance.For(stage);
            Assert.NotEmpty(entry.Risks);
            Assert.NotEmpty(entry.Links);
            var texts = entry.Risks.Append(entry.Roles).Concat(entry.Links.Select(l => l.Title));
            Assert.All(texts, t => Assert.All(new[] { t.Fi, t.Sv, t.En }, s => Assert.False(string.IsNullOrWhiteSpace(s), $"{stage}")));
            Assert.All(entry.Links, l => Assert.StartsWith("https://", l.Url, StringComparison.Ordinal));
        }
    }
}
