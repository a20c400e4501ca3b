using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Cases;

public class MovingACaseAlongThePathTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid Actor = Guid.NewGuid();

    private static SupportCase OpenAt(CaseStage start = CaseStage.Concern) =>
        SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, start, Org, Actor, T0);

    /// <summary>Drives a fresh case to <paramref name="stage"/> along the full path.</summary>
    private static SupportCase CaseAt(CaseStage stage)
    {
        var c = OpenAt();
        CaseStage[] path = [CaseStage.SeekingService, CaseStage.NeedAssessment, CaseStage.CoordinatorAssessment,
            CaseStage.Team, CaseStage.Services, CaseStage.FollowUp];
        foreach (var next in path.TakeWhile(s => s <= stage))
        {
            c.Advance(next, Actor, T0.AddDays((int)next));
        }
        if (stage is CaseStage.Ended)
        {
            c.End(CaseOutcome.Employed, null, Actor, T0.AddDays(30));
        }
        return c;
    }

    public static TheoryData<CaseStage, CaseStage> AllowedForward => new()
    {
        { CaseStage.Concern, CaseStage.SeekingService },
        { CaseStage.Concern, CaseStage.NeedAssessment },
        { CaseStage.SeekingService, CaseStage.NeedAssessment },
        { CaseStage.NeedAssessment, CaseStage.CoordinatorAssessment },
        { CaseStage.NeedAssessment, CaseStage.Services },
        { CaseStage.CoordinatorAssessment, CaseStage.Team },
        { CaseStage.CoordinatorAssessment, CaseStage.Services },
        { CaseStage.Team, CaseStage.Services },
        { CaseStage.Services, CaseStage.FollowUp },
    };

    [Theory]
    [MemberData(nameof(AllowedForward))]
    public void ForwardMove_AlongThePath_IsAllowedAndRecorded(CaseStage from, CaseStage to)
    {
        var c = CaseAt(from);
        var eventsBefore = c.Events.Count;
        c.Advance(to, Actor, T0.AddDays(40));
        Assert.Equal(to, c.Stage);
        Assert.Equal(eventsBefore + 1, c.Events.Count);
        var last = c.Events[^1];
        Assert.Equal(CaseEventKind.Advanced, last.Kind);
        Assert.Equal(from, last.FromStage);
        Assert.Equal(to, last.ToStage);
        Assert.Equal(T0.AddDays(40), c.StageChangedAt);
    }

    [Fact]
    public void EveryOtherForwardMove_IsRefused_AndChangesNothing()
    {
        var allowed = AllowedForward.Select(r => r.Data).ToHashSet();
        int refused = 0;
        foreach (var from in Enum.GetValues<CaseStage>())
        {
            foreach (var to in Enum.GetValues<CaseStage>().Where(t => !allowed.Contains((from, t))))
            {
                var c = CaseAt(from);
                var events = c.Events.Count;
                var ex = Assert.Throws<DomainRuleException>(() => c.Advance(to, Actor, T0.AddDays(50)));
                Assert.Equal(from is CaseStage.Ended ? "case_ended" : "case_stage_not_allowed", ex.Code);
                Assert.Equal(from, c.Stage);
                Assert.Equal(events, c.Events.Count);
                refused++;
            }
        }
        Assert.Equal(64 - allowed.Count, refused);
    }

    [Theory]
    [InlineData(CaseStage.CoordinatorAssessment, CaseStage.NeedAssessment)]
    [InlineData(CaseStage.Team, CaseStage.CoordinatorAssessment)]
    [InlineData(CaseStage.Services, CaseStage.NeedAssessment)]
    [InlineData(CaseStage.FollowUp, CaseStage.Services)]
    [InlineData(CaseStage.FollowUp, CaseStage.Team)]
    [InlineData(CaseStage.FollowUp, CaseStage.NeedAssessment)]
    public void Reassessment_ReturnsToAnEarlierWorkingStage_WithItsReason(CaseStage from, CaseStage to)
    {
        var c = CaseAt(from);
        c.ReturnForReassessment(to, "Tilanne muuttui", Actor, T0.AddDays(60));
        Assert.Equal(to, c.Stage);
        Assert.Equal(CaseEventKind.ReturnedForReassessment, c.Events[^1].Kind);
        Assert.Equal("Tilanne muuttui", c.Events[^1].Note);
    }

    [Theory]
    [InlineData(CaseStage.Services, CaseStage.Concern)]
    [InlineData(CaseStage.Services, CaseStage.SeekingService)]
    [InlineData(CaseStage.NeedAssessment, CaseStage.NeedAssessment)]
    [InlineData(CaseStage.Team, CaseStage.FollowUp)]
    [InlineData(CaseStage.SeekingService, CaseStage.Concern)]
    [InlineData(CaseStage.Ended, CaseStage.NeedAssessment)]
    public void Reassessment_ToTheStartOrForwardOrFromEnded_IsRefused(CaseStage from, CaseStage to)
    {
        var c = CaseAt(from);
        Assert.Throws<DomainRuleException>(() => c.ReturnForReassessment(to, "syy", Actor, T0.AddDays(60)));
        Assert.Equal(from, c.Stage);
    }

    [Fact]
    public void Reassessment_WithoutReason_IsRefused()
    {
        var c = CaseAt(CaseStage.Services);
        var ex = Assert.Throws<DomainValidationException>(() => c.ReturnForReassessment(CaseStage.NeedAssessment, " ", Actor, T0));
        Assert.Equal("reason", ex.Errors.Single().Field);
        Assert.Equal(CaseStage.Services, c.Stage);
    }

    [Theory]
    [InlineData(CaseStage.Concern)]
    [InlineData(CaseStage.NeedAssessment)]
    [InlineData(CaseStage.FollowUp)]
    public void End_FromAnyActiveStage_KeepsTheOutcome(CaseStage from)
    {
        var c = CaseAt(from);
        c.End(CaseOutcome.InEducation, "Jatkaa opinnoissa", Actor, T0.AddDays(90));
        Assert.Equal(CaseStage.Ended, c.Stage);
        Assert.Equal(CaseOutcome.InEducation, c.Outcome);
        Assert.Equal(T0.AddDays(90), c.EndedAt);
        Assert.False(c.IsActive);
    }

    [Fact]
    public void End_OfAnEndedCase_IsRefused()
    {
        var c = CaseAt(CaseStage.Ended);
        Assert.Equal("case_ended", Assert.Throws<DomainRuleException>(() => c.End(CaseOutcome.Other, null, Actor, T0)).Code);
    }

    [Fact]
    public void Reopen_ReturnsToNeedAssessment_AndKeepsTheHistory()
    {
        var c = CaseAt(CaseStage.Ended);
        var history = c.Events.ToList();
        c.Reopen("Työsuhde päättyi", Actor, T0.AddDays(200));
        Assert.Equal(CaseStage.NeedAssessment, c.Stage);
        Assert.Null(c.Outcome);
        Assert.Null(c.EndedAt);
        Assert.Equal(history, c.Events.Take(history.Count));
        Assert.Equal(CaseEventKind.Reopened, c.Events[^1].Kind);
        Assert.Contains(c.Events, e => e.Kind == CaseEventKind.Ended);
    }

    [Fact]
    public void Reopen_OfAnActiveCase_IsRefused()
    {
        var c = CaseAt(CaseStage.Services);
        Assert.Equal("case_not_ended", Assert.Throws<DomainRuleException>(() => c.Reopen("x", Actor, T0)).Code);
    }

    [Theory]
    [InlineData(CaseStage.Team)]
    [InlineData(CaseStage.Services)]
    [InlineData(CaseStage.FollowUp)]
    [InlineData(CaseStage.Ended)]
    public void Open_IsOnlyPossibleAtTheEntryStages(CaseStage start)
    {
        Assert.Equal("case_invalid_opening_stage",
            Assert.Throws<DomainRuleException>(() => OpenAt(start)).Code);
    }

    [Fact]
    public void Open_RecordsTheOpeningEvent_AndTheHoldingOrganisation()
    {
        var c = OpenAt(CaseStage.SeekingService);
        Assert.Equal(Org, c.OpenedAtOrganisationId);
        var opened = Assert.Single(c.Events);
        Assert.Equal(CaseEventKind.Opened, opened.Kind);
        Assert.Equal(CaseStage.SeekingService, opened.ToStage);
        Assert.Equal(c.Id, opened.SupportCaseId);
    }

    [Fact]
    public void CoordinatorAndPath_CanChangeOnActiveCases_ButNotOnEndedOnes()
    {
        var c = CaseAt(CaseStage.CoordinatorAssessment);
        var coordinator = Guid.NewGuid();
        c.AssignCoordinator(coordinator, Actor, T0);
        c.AssignCoordinator(coordinator, Actor, T0); // idempotent: no second event
        c.ChangePath(ServicePath.EmployedWithOccupationalHealth, Actor, T0);
        Assert.Equal(coordinator, c.CoordinatorId);
        Assert.Single(c.Events, e => e.Kind == CaseEventKind.CoordinatorAssigned);
        Assert.Equal(ServicePath.EmployedWithOccupationalHealth, c.Path);

        var ended = CaseAt(CaseStage.Ended);
        Assert.Throws<DomainRuleException>(() => ended.AssignCoordinator(coordinator, Actor, T0));
        Assert.Throws<DomainRuleException>(() => ended.ChangePath(ServicePath.Unemployed, Actor, T0));
    }
}
