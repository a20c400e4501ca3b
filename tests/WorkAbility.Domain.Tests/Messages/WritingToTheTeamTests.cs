using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Messages;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Domain.Tests.Messages;

/// <summary>F40's rules: who writes on which case, what a message may hold, who reads the messages, and when silence is a risk.</summary>
public class WritingToTheTeamTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid(), Member = Guid.NewGuid(), Outsider = Guid.NewGuid(), Client = Guid.NewGuid();

    private static MessageCase Case(bool active = true, Guid? coordinator = null, params Guid[] members) =>
        new(Guid.NewGuid(), Client, active, coordinator, members.ToHashSet());

    [Fact]
    public void TheClient_StartsAThread_WhenSomeoneWouldAnswer_AndTheTeamAnswersInIt()
    {
        var onCase = Case(coordinator: Coordinator, members: Member);
        var (thread, first) = MessageThread.Start(onCase, MessageWriter.Client, "  Ajanvaraus ", "Voinko siirtää aikaa?", Now);
        Assert.Equal("Ajanvaraus", thread.Subject);
        Assert.True(first.FromClient);
        Assert.Null(first.AuthorId);
        var answer = thread.Reply(onCase, new MessageWriter(Member), "Voit.", Now.AddHours(1));
        Assert.False(answer.FromClient);
        Assert.Equal(Member, answer.AuthorId);
        Assert.Equal(thread.Id, answer.ThreadId);
    }

    [Fact]
    public void NobodyWritesOnAnEndedCase_AnOutsiderNever_AndTheClientNotBeforeSomeoneWouldRead()
    {
        Assert.Equal("messages_case_ended", Assert.Throws<DomainRuleException>(() =>
            MessageThread.Start(Case(active: false, coordinator: Coordinator), MessageWriter.Client, "a", "b", Now)).Code);
        Assert.Equal("messages_not_taking_part", Assert.Throws<DomainRuleException>(() =>
            MessageThread.Start(Case(coordinator: Coordinator, members: Member), new MessageWriter(Outsider), "a", "b", Now)).Code);
        Assert.Equal("messages_nobody_yet", Assert.Throws<DomainRuleException>(() =>
            MessageThread.Start(Case(), MessageWriter.Client, "a", "b", Now)).Code);
    }

    [Theory]
    [InlineData("", "text", "subject")]
    [InlineData("aihe", " ", "text")]
    [InlineData("aihe\u0000", "text", "subject")]
    public void AMessageWithoutItsParts_IsRefusedAtTheField(string subject, string text, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => MessageThread.Start(Case(coordinator: Coordinator), MessageWriter.Client, subject, text, Now));
        Assert.Contains(error.Errors, e => e.Field == field);
    }

    [Fact]
    public void AMessageTooLong_IsRefused_AtItsLimitItIsKept()
    {
        var onCase = Case(coordinator: Coordinator);
        Assert.Throws<DomainValidationException>(() => MessageThread.Start(onCase, MessageWriter.Client, "a", new string('x', CaseMessage.TextMaxLength + 1), Now));
        Assert.Equal(CaseMessage.TextMaxLength, MessageThread.Start(onCase, MessageWriter.Client, "a", new string('x', CaseMessage.TextMaxLength), Now).First.Text.Length);
    }

    [Fact]
    public void OnlyThoseTakingPart_ReadTheMessages_OfThoseTheAccessPolicyLets_SeeTheClient()
    {
        var organisation = Guid.NewGuid();
        var caseId = Guid.NewGuid();
        var facts = new ClientAccessFacts(Client, organisation, [new CaseRelationships(organisation, Coordinator, new HashSet<Guid> { Member }, CaseId: caseId)],
            new HashSet<Guid>());
        Actor Staff(Guid id, Guid org) => Actor.Staff(id, org, WorkAbility.Domain.Organisations.StaffRole.Professional);

        Assert.True(MessageAccess.Decide(Staff(Member, organisation), facts).Allowed);
        Assert.True(MessageAccess.Decide(Staff(Coordinator, organisation), facts).Allowed);
        Assert.Equal([caseId], MessageAccess.CasesTakenPartIn(Staff(Member, organisation), facts));
        // A colleague at the intake organisation sees the client, but not the conversation.
        Assert.True(AccessPolicy.Decide(Staff(Outsider, organisation), facts).Allowed);
        Assert.Equal(DenialReason.NotTakingPart, MessageAccess.Decide(Staff(Outsider, organisation), facts).Reason);
        // A team member of another organisation without a valid consent sees neither.
        var otherOrg = Guid.NewGuid();
        Assert.Equal(DenialReason.NoValidConsent, MessageAccess.Decide(Staff(Member, otherOrg), facts).Reason);
        Assert.True(MessageAccess.Decide(Actor.OwnClient(Client), facts).Allowed);
        Assert.False(MessageAccess.Decide(Actor.OwnClient(Guid.NewGuid()), facts).Allowed);
        Assert.False(MessageAccess.Decide(Actor.Staff(Member, organisation, WorkAbility.Domain.Organisations.StaffRole.Manager), facts).Allowed);
    }

    [Theory]
    // Thursday 10.12.2026: Friday, Monday, Tuesday are three; on Wednesday the fourth has begun.
    [InlineData("2026-12-10", "2026-12-15", false)]
    [InlineData("2026-12-10", "2026-12-16", true)]
    // Monday 21.12.2026: 22nd and 23rd work, Christmas Eve, Christmas, Boxing Day and the weekend do not; 28th is the third.
    [InlineData("2026-12-21", "2026-12-28", false)]
    [InlineData("2026-12-21", "2026-12-29", true)]
    // Wednesday 17.6.2026: Thursday 18th; Midsummer Eve 19th is not a working day; Monday 22nd, Tuesday 23rd.
    [InlineData("2026-06-17", "2026-06-23", false)]
    [InlineData("2026-06-17", "2026-06-24", true)]
    public void AClientsMessage_IsUnanswered_AfterThreeWorkingDays_CountedTheFinnishWay(string sentOn, string today, bool risk)
    {
        var sent = FinnishCalendar.NoonOf(DateOnly.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture));
        var now = FinnishCalendar.NoonOf(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        var facts = new RiskFacts { Stage = WorkAbility.Domain.Cases.CaseStage.Services, OpenedAt = sent.AddDays(-30), OldestUnansweredMessageAt = sent };
        Assert.Equal(risk, RiskRadar.Evaluate(facts, new RiskThresholds(), now).Any(f => f.Code == RiskCode.ClientMessageUnanswered));
        Assert.DoesNotContain(RiskRadar.Evaluate(facts with { Stage = WorkAbility.Domain.Cases.CaseStage.Ended }, new RiskThresholds(), now), f => f.Code == RiskCode.ClientMessageUnanswered);
    }

    [Fact]
    public void WorkingDays_SkipWeekendsAndFinnishHolidays()
    {
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 6)));   // Independence Day (a Sunday)
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 12, 6)));   // Independence Day on a Monday
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 3, 26)));   // Good Friday 2027
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 5, 6)));    // Ascension Day 2027
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 6, 25)));   // Midsummer Eve 2027
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2027, 6, 24)));
        Assert.Equal(new DateOnly(2026, 12, 28), WorkingDays.After(new DateOnly(2026, 12, 21), 3));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 10)));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 12, 10), new DateOnly(2026, 1, 1)));
    }
}
