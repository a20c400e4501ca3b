using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Tests.Cases;

public class ReadingTheTimelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WhatTheCaseWritesOnItsTimeline_ReadsBackAsTheSameTypedValue()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Guid.NewGuid(), null, Now);
        supportCase.ChangePath(ServicePath.EmployedWithoutOccupationalHealth, null, Now);
        supportCase.Record(CaseEventKind.ReferralStatusChanged, null, Now, new CaseEventDetail.ReferralStatus(WorkAbility.Domain.Referrals.ReferralStatus.Accepted));
        supportCase.Record(CaseEventKind.HandoverAccepted, null, Now, new CaseEventDetail.JointMeetingHeld());
        supportCase.Record(CaseEventKind.ReferralSent, null, Now, new CaseEventDetail.Text("Accepted"));

        var details = supportCase.Events.Select(e => e.Detail).OfType<CaseEventDetail>().ToList();
        Assert.Contains(new CaseEventDetail.Path(ServicePath.EmployedWithoutOccupationalHealth), details);
        Assert.Contains(new CaseEventDetail.ReferralStatus(WorkAbility.Domain.Referrals.ReferralStatus.Accepted), details);
        Assert.Contains(new CaseEventDetail.JointMeetingHeld(), details);
        // Free text that happens to look like a code stays text: only the kinds that carry a value are typed.
        Assert.Contains(new CaseEventDetail.Text("Accepted"), details);
    }
}
