using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Feedback;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

public class CountingFeedbackTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static CaseHistory With(params CaseHistory.Feedback[] answers) => new(Guid.NewGuid(), "Esikylä", Guid.NewGuid(), ServicePath.Unemployed,
        new DateOnly(1989, 5, 14), new DateOnly(2026, 9, 1), null, null, LivelihoodFacts.NotRecorded, null,
        [new CaseHistory.StageChange(new DateOnly(2026, 9, 1), CaseStage.Team)], null, null, null, null, null, null, [], [], [], [], answers);

    [Fact]
    public void EachAnswer_CountsOnceByStage_AndByOccasion_AndEachScoreGiven()
    {
        var counts = CaseContributions.Of(With(
            new CaseHistory.Feedback(new DateOnly(2026, 10, 5), 5, null, 4, CaseStage.Team, FeedbackOccasion.AfterMeeting),
            new CaseHistory.Feedback(new DateOnly(2026, 11, 2), null, 3, null, CaseStage.Services, FeedbackOccasion.Other)), Today);
        int Count(string figure, string category) => counts.Where(c => c.Figure == figure && c.Category == category).Sum(c => c.Count);
        Assert.Equal(1, Count(Figures.FeedbackStage, "Team"));
        Assert.Equal(1, Count(Figures.FeedbackStage, "Services"));
        Assert.Equal(1, Count(Figures.FeedbackOccasion, "AfterMeeting"));
        Assert.Equal(1, Count(Figures.FeedbackOccasion, "Other"));
        Assert.Equal(1, Count(Figures.FeedbackHeard, "5"));
        Assert.Equal(1, Count(Figures.FeedbackPlanClear, "4"));
        Assert.Equal(1, Count(Figures.FeedbackHelped, "3"));
        Assert.Equal(0, counts.Where(c => c.Figure == Figures.FeedbackPlanClear && c.Category != "4").Sum(c => c.Count));
    }
}
