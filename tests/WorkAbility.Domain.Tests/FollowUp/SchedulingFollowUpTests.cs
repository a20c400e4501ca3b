using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Domain.Tests.FollowUp;

public class SchedulingFollowUpTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Case = Guid.NewGuid();

    [Fact]
    public void ThePlansRhythm_MakesDueDates_UpToTheEstimatedLength()
    {
        var change = FollowUpSchedule.Replan([], 4, Today.AddDays(7), 3, Today);
        Assert.Equal(Today.AddDays(7), change.Add[0]);
        Assert.Equal(Today.AddDays(35), change.Add[1]);
        Assert.All(change.Add, d => Assert.True(d <= Today.AddDays(7).AddMonths(3)));
        Assert.Equal(4, change.Add.Count);
    }

    [Fact]
    public void WithoutAFirstDate_TheFirstFollowUpIsOneIntervalAway() =>
        Assert.Equal(Today.AddDays(28), FollowUpSchedule.Replan([], 4, null, 3, Today).Add[0]);

    [Fact]
    public void Replanning_KeepsPastDues_AndReplacesFutureOpenOnes()
    {
        var overdue = FollowUpDue.On(Case, Today.AddDays(-10));
        var future = FollowUpDue.On(Case, Today.AddDays(18));
        var change = FollowUpSchedule.Replan([overdue, future], 2, Today.AddDays(14), 1, Today);
        Assert.Equal([future], change.Remove);
        Assert.Contains(Today.AddDays(14), change.Add);
        Assert.DoesNotContain(Today.AddDays(-10), change.Add);
        Assert.Empty(FollowUpSchedule.Replan([future], null, null, null, Today).Add);
    }

    [Fact]
    public void AContact_MeetsEveryDueUpToAWeekAhead()
    {
        var dues = new[] { FollowUpDue.On(Case, Today.AddDays(-3)), FollowUpDue.On(Case, Today.AddDays(7)), FollowUpDue.On(Case, Today.AddDays(8)) };
        var met = FollowUpSchedule.MetBy(dues, Today);
        Assert.Equal(dues[..2], met);
    }

    [Fact]
    public void AReminder_IsMarkedOnce()
    {
        var due = FollowUpDue.On(Case, Today);
        Assert.True(due.MarkReminded(DateTimeOffset.UnixEpoch));
        Assert.False(due.MarkReminded(DateTimeOffset.UnixEpoch.AddDays(1)));
    }

    [Fact]
    public void AContact_CannotBeInTheFuture_AndNeedsASummary()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            FollowUpContact.Record(Case, Today.AddDays(1), FollowUpChannel.Phone, " ", Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today));
        Assert.Equal(["contactOn", "summary"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void AReview_CoversEveryGoalOfThePlan_AndTheCurrentNeed()
    {
        var goals = new[] { new WorkAbility.Domain.Plans.PlanGoal(Guid.NewGuid(), "Työkokeilu keväällä"), new WorkAbility.Domain.Plans.PlanGoal(Guid.NewGuid(), "Uni kuntoon") };
        var ex = Assert.Throws<DomainValidationException>(() => FollowUpReview.Record(Case, Today, goals,
            new Dictionary<Guid, (GoalProgress?, string?)> { [goals[0].Id] = (GoalProgress.Progressing, null) }, null, null, Guid.NewGuid(), DateTimeOffset.UnixEpoch));
        Assert.Equal(["goals[1].progress", "need"], ex.Errors.Select(e => e.Field));
        var review = FollowUpReview.Record(Case, Today, goals, new Dictionary<Guid, (GoalProgress?, string?)>
        {
            [goals[0].Id] = (GoalProgress.Achieved, "Työkokeilu alkoi"),
            [goals[1].Id] = (GoalProgress.NotProgressing, null),
        }, "IPS toimi hyvin", CurrentNeed.Reduced, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        Assert.Equal("Työkokeilu keväällä", review.Goals[0].GoalText);
        Assert.False(FollowUpReview.NeedRemains(review.Need));
    }
}
