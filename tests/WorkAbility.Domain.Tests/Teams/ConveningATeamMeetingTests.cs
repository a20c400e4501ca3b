using WorkAbility.Domain.Common;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.Teams;

public class ConveningATeamMeetingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Nurse = Guid.NewGuid(), Doctor = Guid.NewGuid(), Outsider = Guid.NewGuid();
    private static readonly CaseTeam Team = CaseTeam.Form(Guid.NewGuid(), [Nurse, Doctor], [Nurse], ClientSituation.None, null, null, null, Nurse, Now);

    private static TeamMeeting Convene(params DateTimeOffset[] times) =>
        TeamMeeting.Convene(Team, Doctor, times, 60, "Esikylän sote-keskus, neuvotteluhuone 2", null, [Nurse], true, false, Now);

    [Fact]
    public void AnyMember_CanConvene_AndOneTimeSchedulesTheMeeting()
    {
        var meeting = Convene(Now.AddDays(7));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(Now.AddDays(7), meeting.Start);
        Assert.Equal(new[] { Doctor, Nurse }.Order(), meeting.ParticipantIds.Order());
    }

    [Fact]
    public void SeveralTimes_WaitForAChoice_AndOnlyAProposedTimeCanBeChosen()
    {
        var meeting = Convene(Now.AddDays(8), Now.AddDays(7));
        Assert.Equal(MeetingStatus.Proposed, meeting.Status);
        Assert.Null(meeting.Start);
        Assert.Equal("meeting_time_not_proposed", Assert.Throws<DomainRuleException>(() => meeting.Schedule(Now.AddDays(9))).Code);
        meeting.Schedule(Now.AddDays(8));
        Assert.Equal((MeetingStatus.Scheduled, 1), (meeting.Status, meeting.Sequence));
    }

    [Fact]
    public void SomeoneOutsideTheTeam_CannotConvene_OrBeInvited()
    {
        Assert.Equal("meeting_only_team_convenes", Assert.Throws<DomainRuleException>(() =>
            TeamMeeting.Convene(Team, Outsider, [Now.AddDays(1)], 60, "x", null, [], false, false, Now)).Code);
        var ex = Assert.Throws<DomainValidationException>(() =>
            TeamMeeting.Convene(Team, Nurse, [Now.AddDays(1)], 60, "x", null, [Outsider], false, false, Now));
        Assert.Contains(ex.Errors, e => e.Code == "meeting_participant_not_member");
    }

    [Fact]
    public void AMeeting_NeedsAFutureTimeAndAPlaceOrASecureVideoLink()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            TeamMeeting.Convene(Team, Nurse, [Now.AddHours(-1)], 5, null, "http://video.invalid/x", [], false, true, Now));
        Assert.Equal(["closeParticipantTakesPart:meeting_no_close_participant", "durationMinutes:meeting_duration_range",
            "proposedStarts:meeting_time_in_past", "videoLink:meeting_video_link_https"],
            ex.Errors.Select(e => $"{e.Field}:{e.Code}").Order());
    }

    [Fact]
    public void Minutes_AreRecordedOnce_ByAParticipant_AfterTheMeetingHasStarted()
    {
        var meeting = Convene(Now.AddDays(1));
        Assert.Equal("meeting_not_started", Assert.Throws<DomainRuleException>(() =>
            meeting.RecordMinutes(Nurse, "x", [], null, Now)).Code);
        var after = Now.AddDays(1).AddHours(1);
        Assert.Equal("meeting_minutes_by_participant", Assert.Throws<DomainRuleException>(() =>
            meeting.RecordMinutes(Outsider, "x", [], null, after)).Code);
        meeting.RecordMinutes(Nurse, "Käytiin läpi tilanne", ["Hanna on asiakasvastaava", " ", "Lääkärin vastaanotto"], Now.AddDays(30), after);
        Assert.Equal((MeetingStatus.Held, 2, Now.AddDays(30)), (meeting.Status, meeting.Decisions.Count, meeting.NextMeetingAt));
        Assert.Equal("meeting_minutes_already_recorded", Assert.Throws<DomainRuleException>(() =>
            meeting.RecordMinutes(Doctor, "toinen versio", [], null, after)).Code);
    }

    private static TeamMeeting RecordHeld(params DateTimeOffset[] times) =>
        TeamMeeting.Convene(Team, Doctor, times, 60, "Puhelinkokous", null, [Nurse], true, false, Now, alreadyHeld: true);

    [Fact]
    public void AMeetingAlreadyHeld_IsRecordedAtItsOnePastTime_AndItsMinutesCanBeWrittenAtOnce()
    {
        var held = RecordHeld(Now.AddDays(-3));
        Assert.Equal(MeetingStatus.Scheduled, held.Status);
        Assert.Equal(Now.AddDays(-3), held.Start);

        held.RecordMinutes(Nurse, "Sovittiin työkokeilusta.", ["Työkokeilu alkaa"], Now.AddDays(30), Now);

        Assert.Equal("Sovittiin työkokeilusta.", held.Minutes);
    }

    [Theory]
    [InlineData(1, "meeting_held_in_past")]           // tomorrow: not held yet
    [InlineData(-366, "meeting_held_in_past")]        // more than a year ago
    public void AHeldMeeting_OutsideThePastYear_IsRefused(int days, string code)
    {
        var e = Assert.Throws<DomainValidationException>(() => RecordHeld(Now.AddDays(days)));
        Assert.Contains(e.Errors, x => x.Field == "proposedStarts" && x.Code == code);
    }

    [Fact]
    public void AHeldMeeting_HasOneTime_AndAPastTimeWithoutSayingItWasHeld_IsStillRefused()
    {
        Assert.Contains(Assert.Throws<DomainValidationException>(() => RecordHeld(Now.AddDays(-3), Now.AddDays(-2))).Errors,
            x => x.Code == "meeting_held_one_time");
        Assert.Contains(Assert.Throws<DomainValidationException>(() => Convene(Now.AddDays(-3))).Errors, x => x.Code == "meeting_time_in_past");
    }
}
