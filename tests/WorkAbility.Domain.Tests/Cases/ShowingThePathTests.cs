using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Tests.Cases;

public class ShowingThePathTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACaseInTheTeamStage_HasTheEarlierStepsDone_WithTheirDates_AndTheLaterToCome()
    {
        var steps = PathProgress.Steps(CaseStage.Team,
        [
            (CaseStage.Concern, Day1), (CaseStage.NeedAssessment, Day1.AddDays(3)),
            (CaseStage.CoordinatorAssessment, Day1.AddDays(10)), (CaseStage.Team, Day1.AddDays(20)),
        ]);
        Assert.Equal(Enum.GetValues<PathStep>().Length, steps.Count);
        Assert.Equal([StepState.Done, StepState.Done, StepState.Done, StepState.Current, StepState.Upcoming, StepState.Upcoming, StepState.Upcoming],
            steps.Select(s => s.State));
        Assert.Equal(Day1.AddDays(3), steps.Single(s => s.Step == PathStep.NeedAssessment).ReachedAt);
        Assert.Equal(Day1.AddDays(20), steps.Single(s => s.State == StepState.Current).ReachedAt);
        Assert.All(steps.Where(s => s.State == StepState.Upcoming), s => Assert.Null(s.ReachedAt));
    }

    [Fact]
    public void SelfCareAfterTheNeedAssessment_SkipsTheCoordinatorAndTheTeam()
    {
        var steps = PathProgress.Steps(CaseStage.Services,
            [(CaseStage.SeekingService, Day1), (CaseStage.NeedAssessment, Day1.AddDays(1)), (CaseStage.Services, Day1.AddDays(2))]);
        Assert.Equal(StepState.Skipped, steps.Single(s => s.Step == PathStep.Coordinator).State);
        Assert.Equal(StepState.Skipped, steps.Single(s => s.Step == PathStep.Team).State);
        Assert.Equal(StepState.Done, steps.Single(s => s.Step == PathStep.FirstContact).State);
        Assert.Equal(StepState.Current, steps.Single(s => s.Step == PathStep.Services).State);
    }

    [Fact]
    public void AReassessment_MakesTheLaterStepsComeAgain_AndDatesTheCurrentOneByItsLastEntry()
    {
        var back = Day1.AddDays(40);
        var steps = PathProgress.Steps(CaseStage.NeedAssessment,
        [
            (CaseStage.NeedAssessment, Day1), (CaseStage.CoordinatorAssessment, Day1.AddDays(5)), (CaseStage.Team, Day1.AddDays(9)),
            (CaseStage.NeedAssessment, back),
        ]);
        Assert.Equal(back, steps.Single(s => s.State == StepState.Current).ReachedAt);
        Assert.Equal(StepState.Upcoming, steps.Single(s => s.Step == PathStep.Team).State);
        Assert.Equal(StepState.Skipped, steps.Single(s => s.Step == PathStep.FirstContact).State);
    }

    [Theory]
    [InlineData(CaseStage.Concern, false, false, NextStepBy.Professional)]
    [InlineData(CaseStage.NeedAssessment, true, false, NextStepBy.Coordinator)]
    [InlineData(CaseStage.CoordinatorAssessment, false, false, NextStepBy.Coordinator)]
    [InlineData(CaseStage.Team, true, false, NextStepBy.Team)]
    [InlineData(CaseStage.Services, true, true, NextStepBy.CaseManager)]
    [InlineData(CaseStage.FollowUp, true, false, NextStepBy.Coordinator)]
    [InlineData(CaseStage.Ended, true, true, NextStepBy.Nobody)]
    public void WhoTakesTheNextStep_FollowsTheStageAndThePeopleNamed(CaseStage stage, bool coordinator, bool caseManager, NextStepBy expected) =>
        Assert.Equal(expected, PathProgress.NextBy(stage, coordinator, caseManager));
}
