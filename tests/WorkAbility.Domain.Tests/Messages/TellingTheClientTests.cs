using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.Tests.Messages;

/// <summary>F40's notices: the client's choice of channels, one notice per chosen channel, retries, and when meetings are reminded.</summary>
public class TellingTheClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);

    private static Client Person(string? phone = null, string? email = null) => Client.Register("010203A9057", "Matti", "Meikäläinen", "Esikylä", phone, email, Now);

    [Fact]
    public void AChannel_NeedsItsAddress_WhichMayBeGivenWithTheChoice()
    {
        var client = Person();
        var error = Assert.Throws<DomainValidationException>(() => client.ChooseNoticeChannels(true, true));
        Assert.Equal(["emailAddress", "phone"], error.Errors.Select(e => e.Field).ToArray());
        Assert.Throws<DomainValidationException>(() => client.ChooseNoticeChannels(true, false, "ei osoite"));
        Assert.False(client.NoticeByEmail);
        client.ChooseNoticeChannels(true, true, " matti@example.org ", "040 123 4567");
        Assert.Equal(("matti@example.org", "040 123 4567", true, true), (client.Email, client.Phone, client.NoticeByEmail, client.NoticeBySms));
        // Stopping keeps the addresses.
        client.ChooseNoticeChannels(false, false);
        Assert.Equal(("matti@example.org", false, false), (client.Email, client.NoticeByEmail, client.NoticeBySms));
    }

    [Fact]
    public void ANotice_GoesOnEachChosenChannel_AndNoneWhenNoneIsChosen()
    {
        var client = Person("040 123 4567", "matti@example.org");
        Assert.Empty(ClientNotice.For(client, ClientNoticeKind.NewMessage, Guid.NewGuid(), Now));
        client.ChooseNoticeChannels(true, false);
        var notice = Assert.Single(ClientNotice.For(client, ClientNoticeKind.NewMessage, Guid.NewGuid(), Now));
        Assert.Equal((NoticeChannel.Email, ClientNoticeStatus.Pending), (notice.Channel, notice.Status));
        client.ChooseNoticeChannels(true, true);
        Assert.Equal(2, ClientNotice.For(client, ClientNoticeKind.MeetingInTwoDays, Guid.NewGuid(), Now).Count);
        client.ChooseNoticeChannels(false, true);
        Assert.False(notice.StillWanted(client));
    }

    [Fact]
    public void AFailingNotice_WaitsLongerEachTime_AndIsGivenUpAfterTheLast()
    {
        var client = Person(email: "matti@example.org");
        client.ChooseNoticeChannels(true, false);
        var notice = ClientNotice.For(client, ClientNoticeKind.NewMessage, Guid.NewGuid(), Now).Single();
        var policy = new RetryPolicy(TimeSpan.FromMinutes(1), TimeSpan.FromHours(6), 3);
        notice.Claim(Now, TimeSpan.FromMinutes(5));
        Assert.False(notice.IsDue(Now.AddMinutes(4)));
        notice.Failed(Now, "SMTP 451", policy);
        Assert.Equal(Now.AddMinutes(1), notice.NextAttemptAt);
        notice.Failed(Now, "SMTP 451", policy);
        Assert.Equal(Now.AddMinutes(2), notice.NextAttemptAt);
        notice.Failed(Now, new string('x', 900), policy);
        Assert.Equal((ClientNoticeStatus.GivenUp, 3, ClientNotice.ErrorMaxLength), (notice.Status, notice.Attempts, notice.LastError!.Length));
        Assert.Throws<InvalidOperationException>(() => notice.Claim(Now.AddDays(1), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(72, null)]
    [InlineData(48, ClientNoticeKind.MeetingInTwoDays)]
    [InlineData(3, ClientNoticeKind.MeetingInTwoDays)]
    [InlineData(2, ClientNoticeKind.MeetingInTwoHours)]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    public void AMeeting_IsRemindedTwoDaysAndTwoHoursBefore(int hoursLeft, ClientNoticeKind? expected) =>
        Assert.Equal(expected, MeetingReminder.Due(Now.AddHours(hoursLeft), Now));

    [Fact]
    public void AQuestion_IsTheSameSubjectOnEveryNode_AndEachQuestionOfEachCaseItsOwn()
    {
        var caseId = Guid.Parse("0192f5a0-0000-7000-8000-000000000001");
        var subject = WorkAbility.Domain.Notifications.QuestionNotice.SubjectOf(caseId, "measure.ThreeMonths");
        Assert.Equal(subject, WorkAbility.Domain.Notifications.QuestionNotice.SubjectOf(caseId, "measure.ThreeMonths"));
        Assert.NotEqual(subject, WorkAbility.Domain.Notifications.QuestionNotice.SubjectOf(caseId, "measure.SixMonths"));
        Assert.NotEqual(subject, WorkAbility.Domain.Notifications.QuestionNotice.SubjectOf(Guid.NewGuid(), "measure.ThreeMonths"));
        Assert.Equal(8, subject.Version);
    }
}
