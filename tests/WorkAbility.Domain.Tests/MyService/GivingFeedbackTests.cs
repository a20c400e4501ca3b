using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Feedback;

namespace WorkAbility.Domain.Tests.MyService;

public class GivingFeedbackTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnAnswer_KeepsTheScores_TheStage_AndTheOccasion()
    {
        var f = ClientFeedback.Give(Guid.NewGuid(), CaseStage.Team, FeedbackOccasion.AfterMeeting, 5, 4, 3, "  Kiitos  ", Now);
        Assert.Equal((5, 4, 3), (f.Heard, f.PlanClear, f.Helped));
        Assert.Equal("Kiitos", f.Comment);
        Assert.Equal(CaseStage.Team, f.Stage);
        Assert.Equal(FeedbackOccasion.AfterMeeting, f.Occasion);
    }

    [Fact]
    public void ScoresOutsideOneToFive_AreEachAFieldError()
    {
        var e = Assert.Throws<DomainValidationException>(() => ClientFeedback.Give(Guid.NewGuid(), CaseStage.Team, FeedbackOccasion.Other, 0, 6, 9, null, Now));
        Assert.Equal(["heard", "planClear", "helped"], e.Errors.Select(x => x.Field));
        Assert.All(e.Errors, x => Assert.Equal("out_of_range", x.Code));
    }

    [Fact]
    public void AnEmptyAnswer_IsRefusedOnce_AndATooLongCommentIsNamed()
    {
        var empty = Assert.Throws<DomainValidationException>(() => ClientFeedback.Give(Guid.NewGuid(), CaseStage.Team, FeedbackOccasion.Other, null, null, null, "  ", Now));
        Assert.Equal("feedback_empty", Assert.Single(empty.Errors).Code);
        var tooLong = Assert.Throws<DomainValidationException>(() => ClientFeedback.Give(Guid.NewGuid(), CaseStage.Team, FeedbackOccasion.Other, 3, null, null,
            new string('x', ClientFeedback.CommentMaxLength + 1), Now));
        Assert.Equal("comment", Assert.Single(tooLong.Errors).Field);
    }

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData(" EN ", "en")]
    public void TheClientsLanguage_IsOneOfTheThree(string given, string stored)
    {
        var client = Client.Register("010203A9057", "Matti", "Meikäläinen", "Esikylä", null, null, Now);
        Assert.Equal("fi", client.PreferredLanguage);
        client.ChooseLanguage(given);
        Assert.Equal(stored, client.PreferredLanguage);
        var e = Assert.Throws<DomainValidationException>(() => client.ChooseLanguage("de"));
        Assert.Equal("language", Assert.Single(e.Errors).Field);
    }
}

public class AskingForFeedbackTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AfterAMeeting_TheClientIsAsked_UntilTheyAnswer()
    {
        Assert.Equal(FeedbackOccasion.AfterMeeting, FeedbackPrompt.Due(null, Now.AddDays(-2), null, Now));
        Assert.Equal(FeedbackOccasion.AfterMeeting, FeedbackPrompt.Due(null, Now.AddDays(-2), Now.AddDays(-30), Now));
        Assert.Null(FeedbackPrompt.Due(null, Now.AddDays(-2), Now.AddDays(-1), Now));
        Assert.Null(FeedbackPrompt.Due(null, null, null, Now));
    }

    [Fact]
    public void AtTheEnd_TheClientIsAsked_AndTheQuestionLapsesAfterTwoMonths()
    {
        Assert.Equal(FeedbackOccasion.AtEnd, FeedbackPrompt.Due(Now.AddDays(-1), Now.AddDays(-10), Now.AddDays(-5), Now));
        Assert.Null(FeedbackPrompt.Due(Now.AddDays(-1), null, Now, Now));
        Assert.Null(FeedbackPrompt.Due(Now.AddDays(-61), null, null, Now));
    }
}
