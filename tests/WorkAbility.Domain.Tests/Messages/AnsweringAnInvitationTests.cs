using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Statistics;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Domain.Tests.Messages;

/// <summary>F40: the client answers an invitation before the meeting; the minutes say whether they came; no-shows are counted.</summary>
public class AnsweringAnInvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Nurse = Guid.NewGuid();

    private static TeamMeeting Meeting(bool clientTakesPart = true)
    {
        var team = CaseTeam.Form(Guid.NewGuid(), [Nurse], [Nurse], ClientSituation.None, null, null, null, Nurse, Now.AddDays(-10));
        return TeamMeeting.Convene(team, Nurse, [Now.AddDays(3)], 60, "Sote-keskus", null, [], clientTakesPart, false, Now);
    }

    [Fact]
    public void TheClient_Answers_AndMayChangeTheirMind_BeforeTheMeetingBegins()
    {
        var meeting = Meeting();
        meeting.AnswerByClient("Attending", null, Now);
        Assert.Equal(ClientAnswer.Attending, meeting.ClientAnswer);
        meeting.AnswerByClient("AnotherTime", "  Torstaina iltapäivällä  ", Now.AddDays(1));
        Assert.Equal((ClientAnswer.AnotherTime, "Torstaina iltapäivällä", Now.AddDays(1)), (meeting.ClientAnswer, meeting.ClientAnswerNote, meeting.ClientAnsweredAt));
        Assert.Equal("meeting_already_begun", Assert.Throws<DomainRuleException>(() => meeting.AnswerByClient("Declined", null, Now.AddDays(3))).Code);
    }

    [Theory]
    [InlineData(null, null, "answer")]
    [InlineData("Maybe", null, "answer")]
    [InlineData("1", null, "answer")]
    [InlineData("Attending, Declined", null, "answer")]
    [InlineData("AnotherTime", " ", "note")]
    public void AnAnswerThatSaysNothing_IsRefusedAtItsField(string? answer, string? note, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => Meeting().AnswerByClient(answer, note, Now));
        Assert.Contains(error.Errors, e => e.Field == field);
    }

    [Fact]
    public void OnlyAnInvitedClient_Answers_AndTheMinutesSayWhetherTheyCame()
    {
        Assert.Equal("meeting_client_not_invited", Assert.Throws<DomainRuleException>(() => Meeting(clientTakesPart: false).AnswerByClient("Attending", null, Now)).Code);
        var invited = Meeting();
        invited.RecordMinutes(Nurse, "Asiakas ei saapunut; soitetaan.", [], null, Now.AddDays(3).AddHours(1), clientAttended: false);
        Assert.False(invited.ClientAttended);
        var notInvited = Meeting(clientTakesPart: false);
        notInvited.RecordMinutes(Nurse, "Tiimin oma kokous.", [], null, Now.AddDays(3).AddHours(1), clientAttended: false);
        Assert.Null(notInvited.ClientAttended);
    }

    [Fact]
    public void NoShows_AreCounted_ForMeetingsByTheDayHeld_AndForReferralsByTheDayRecorded()
    {
        var history = new CaseHistory(Guid.NewGuid(), "Esikylä", Guid.NewGuid(), ServicePath.Unemployed,
            new DateOnly(1989, 5, 14), new DateOnly(2026, 9, 1), null, null, LivelihoodFacts.NotRecorded, null,
            [new CaseHistory.StageChange(new DateOnly(2026, 9, 1), CaseStage.Services)], null, null, null, null, null, null, [], [], [],
            [
                new CaseHistory.SentReferral(new DateOnly(2026, 9, 10), ReferralStatus.Started, new DateOnly(2026, 9, 20)),
                new CaseHistory.SentReferral(new DateOnly(2026, 9, 10), ReferralStatus.DidNotAttend, null) { StatusChangedOn = new DateOnly(2026, 10, 2) },
                new CaseHistory.SentReferral(new DateOnly(2026, 9, 10), ReferralStatus.Accepted, null),
            ], [])
        {
            MeetingsAttended = [new(new DateOnly(2026, 9, 15), true), new(new DateOnly(2026, 10, 15), false)],
        };
        var counts = CaseContributions.Of(history, new DateOnly(2026, 11, 24));
        // Kept by quarter, as every breakdown (small groups): September in the third, October in the fourth.
        int Count(string figure, string category, int quarterStartMonth) =>
            counts.Where(c => c.Figure == figure && c.Category == category && c.Slice.Month.Month == quarterStartMonth).Sum(c => c.Count);
        Assert.Equal(1, Count(Figures.AttendanceMeetings, Figures.Attended, 7));
        Assert.Equal(1, Count(Figures.AttendanceMeetings, Figures.DidNotAttend, 10));
        Assert.Equal(1, Count(Figures.AttendanceReferrals, Figures.Attended, 7));
        Assert.Equal(1, Count(Figures.AttendanceReferrals, Figures.DidNotAttend, 10));
        Assert.Equal(2, counts.Where(c => c.Figure == Figures.AttendanceReferrals).Sum(c => c.Count));
    }
}
