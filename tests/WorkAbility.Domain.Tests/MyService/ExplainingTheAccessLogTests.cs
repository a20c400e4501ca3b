using WorkAbility.Domain.Access;

namespace WorkAbility.Domain.Tests.MyService;

public class ExplainingTheAccessLogTests
{
    [Theory]
    [InlineData("plan.view", DataTopic.Plan)]
    [InlineData("fhir.everything", DataTopic.WholeRecord)]
    [InlineData("fhir.careplan.search", DataTopic.Plan)]
    [InlineData("fhir.patient.search", DataTopic.BasicDetails)]
    [InlineData("fhir.task", DataTopic.Referrals)]
    [InlineData("kanta.plan-document", DataTopic.Plan)]
    [InlineData("plan.compare", DataTopic.Plan)]
    [InlineData("team.member.add", DataTopic.Team)]
    [InlineData("meeting.invitation", DataTopic.Meetings)]
    [InlineData("consent.withdraw", DataTopic.Consents)]
    [InlineData("record-consent", DataTopic.Consents)]
    [InlineData("client", DataTopic.BasicDetails)]
    [InlineData("client.search", DataTopic.BasicDetails)]
    [InlineData("client.overview", DataTopic.CaseAndConcerns)]
    [InlineData("self-assessment.page", DataTopic.SelfAssessment)]
    [InlineData("external-measure.history", DataTopic.SelfAssessment)]
    [InlineData("need-assessment", DataTopic.NeedAssessment)]
    [InlineData("oh.handover.receive", DataTopic.OccupationalHealth)]
    [InlineData("follow-up.view", DataTopic.FollowUp)]
    [InlineData("referral.inbox", DataTopic.Referrals)]
    [InlineData("me.access-log", DataTopic.AccessLog)]
    [InlineData("me.overview", DataTopic.CaseAndConcerns)]
    [InlineData("coordinator.desk", DataTopic.CaseAndConcerns)]
    [InlineData("something.new", DataTopic.Other)]
    [InlineData("planning", DataTopic.Other)]
    public void EveryResourceCode_HasATopicThePersonKnows(string resource, DataTopic topic) =>
        Assert.Equal(topic, AccessLogExplanation.TopicOf(resource));

    [Fact]
    public void ARefusedAttempt_DoesNotNameTheWouldBeReader()
    {
        Assert.False(AccessLogExplanation.ShowsWho(allowed: false));
        Assert.True(AccessLogExplanation.ShowsWho(allowed: true));
    }
}
