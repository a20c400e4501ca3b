using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Assessment;

public class RecordingKykyviisariTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Result_KeepsTheDomainScores()
    {
        var m = ExternalMeasure.RecordKykyviisari(Guid.NewGuid(), Today.AddDays(-3),
            new Dictionary<string, decimal?> { ["overall"] = 5.5m, ["environment"] = 7m, ["activities"] = null }, "Täytetty Omaolossa", Guid.NewGuid(), Now, Today);
        Assert.Equal(2, m.Scores.Count);
        Assert.Equal("5,5", m.ScoreText("overall"));
        Assert.Equal("", m.ScoreText("activities"));
    }

    [Fact]
    public void InvalidResults_AreRefusedPerField()
    {
        var ex = Assert.Throws<DomainValidationException>(() => ExternalMeasure.RecordKykyviisari(Guid.NewGuid(), Today.AddDays(1),
            new Dictionary<string, decimal?> { ["overall"] = 10.5m, ["body-functions"] = 4.25m, ["mood"] = 3m }, null, Guid.NewGuid(), Now, Today));
        Assert.Equal(["measuredOn", "scores.body-functions", "scores.mood", "scores.overall"], ex.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void ResultWithoutAnyScore_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            ExternalMeasure.RecordKykyviisari(Guid.NewGuid(), Today, new Dictionary<string, decimal?>(), null, Guid.NewGuid(), Now, Today));
        Assert.Equal(new FieldError("scores", "scores_required"), Assert.Single(ex.Errors));
    }
}
