using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Cases;

/// <summary>F42: the occupational health path in both directions – questions from the county, the employer side as data, its risks.</summary>
public class WorkingWithOccupationalHealthBothWaysTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = FinnishCalendar.DateOf(Now);
    private static readonly Guid Oh = Guid.NewGuid(), OtherOh = Guid.NewGuid();

    [Theory]
    [InlineData(31, null, true)]     // a month and a day on sick leave, no negotiation
    [InlineData(30, null, false)]    // thirty days: not yet
    [InlineData(45, 10, false)]      // negotiated ten days into the leave
    [InlineData(45, -5, true)]       // the last negotiation was before this leave began
    public void ASickLeaveOverThirtyDays_WithoutANegotiationSinceItBegan_IsARisk(int daysOnLeave, int? negotiatedDaysIn, bool risk)
    {
        var since = Today.AddDays(-daysOnLeave);
        DateOnly? negotiated = negotiatedDaysIn is { } d ? since.AddDays(d) : null;
        Assert.Equal(risk, OhPathRisks.SickLeaveWithoutNegotiation(since, negotiated, Today));
        Assert.False(OhPathRisks.SickLeaveWithoutNegotiation(null, null, Today));
    }

    [Fact]
    public void TheWorkplacesOptionsUnused_AndLimitingResources_AreRisks()
    {
        Assert.True(OhPathRisks.WorkplaceOptionsUnused(Today.AddDays(-20), WorkplaceMeasures.None, Today.AddDays(-10)));
        Assert.False(OhPathRisks.WorkplaceOptionsUnused(Today.AddDays(-20), WorkplaceMeasures.AdjustedHours, Today.AddDays(-10)));
        Assert.False(OhPathRisks.WorkplaceOptionsUnused(null, WorkplaceMeasures.None, Today.AddDays(-10)));
        Assert.False(OhPathRisks.WorkplaceOptionsUnused(Today.AddDays(-20), WorkplaceMeasures.None, null));
        Assert.True(OhPathRisks.ResourcesLimit(ServiceLimits.EmployerResources));
        Assert.False(OhPathRisks.ResourcesLimit(ServiceLimits.None));
    }

    [Fact]
    public void TheEmployerSide_RefusesDaysInTheFuture_AndUndefinedMeasures()
    {
        var side = EmployerSide.For(Guid.NewGuid());
        var error = Assert.Throws<DomainValidationException>(() => side.Update(
            new EmployerSide.Details("Esa Esimies", "040 123", Today.AddDays(1), (WorkplaceMeasures)64, Today.AddDays(-3), ServiceLimits.None), Guid.NewGuid(), Now));
        Assert.Equal(["earlySupportOn", "measures"], error.Errors.Select(e => e.Field));
        side.Update(new EmployerSide.Details(" Esa Esimies ", null, Today, WorkplaceMeasures.AdjustedDuties | WorkplaceMeasures.Aids, null, ServiceLimits.EmployerResources),
            Guid.NewGuid(), Now);
        Assert.Equal(("Esa Esimies", 2), (side.SupervisorName, EmployerSide.Each(side.Measures).Count()));
    }

    [Fact]
    public void AQuestion_IsAnsweredOnce_ByTheUnitAsked()
    {
        Assert.Equal(["kind", "question"], Assert.Throws<DomainValidationException>(() => OhQuestion.Ask(Guid.NewGuid(), Oh, null, " ", Guid.NewGuid(), Now))
            .Errors.Select(e => e.Field));
        var question = OhQuestion.Ask(Guid.NewGuid(), Oh, OhQuestionKind.ArrangeNegotiation, "Voisiko työterveysneuvottelun järjestää?", Guid.NewGuid(), Now);
        Assert.Equal("oh_question_not_yours", Assert.Throws<DomainRuleException>(() => question.AnswerWith("Kyllä", Guid.NewGuid(), OtherOh, Now)).Code);
        question.AnswerWith("Neuvottelu 15.12.", Guid.NewGuid(), Oh, Now);
        Assert.False(question.IsOpen);
        Assert.Equal("oh_question_answered", Assert.Throws<DomainRuleException>(() => question.AnswerWith("Toinen", Guid.NewGuid(), Oh, Now)).Code);
    }
}
