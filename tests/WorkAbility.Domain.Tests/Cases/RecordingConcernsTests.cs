using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Cases;

public class RecordingConcernsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Concern Record(ConcernSource source = ConcernSource.Client, string? service = null,
        ContactChannel channel = ContactChannel.Phone, string? text = "Pitkittynyt flunssa, työtön", DateOnly? on = null) =>
        Concern.Record(Guid.NewGuid(), source, service, channel, text, on ?? Today, Guid.NewGuid(), Now, Today);

    [Theory]
    [InlineData(ContactChannel.Phone, ContactBasis.ClientsOwnContact)]
    [InlineData(ContactChannel.Chat, ContactBasis.ClientsOwnContact)]
    [InlineData(ContactChannel.Visit, ContactBasis.ClientsOwnContact)]
    [InlineData(ContactChannel.OmaoloResult, ContactBasis.ClientsOwnContact)]
    [InlineData(ContactChannel.ProfessionalWithConsent, ContactBasis.ClientConsent)]
    [InlineData(ContactChannel.SocialWelfareNotification, ContactBasis.NotificationWithoutConsent)]
    public void EveryChannel_CarriesItsBasis(ContactChannel channel, ContactBasis basis) =>
        Assert.Equal(basis, Record(channel: channel).Basis);

    [Fact]
    public void ProfessionalsConcern_NamesTheirService()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Record(ConcernSource.Professional, service: " "));
        Assert.Equal(new FieldError("sourceService", "required"), Assert.Single(ex.Errors));
        Assert.Equal("Kela", Record(ConcernSource.Professional, service: "Kela").SourceService);
    }

    [Fact]
    public void ServiceIsOnlyKept_ForAProfessionalsConcern() =>
        Assert.Null(Record(ConcernSource.Relative, service: "Kela").SourceService);

    [Fact]
    public void Concern_NeedsADescription_AndCannotBeInTheFuture()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Record(text: "", on: Today.AddDays(1)));
        Assert.Equal(["description", "noticedOn"], ex.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void MissingChoices_AreAllReportedAtOnce()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Concern.Record(Guid.NewGuid(), null, null, null, "", null, Guid.NewGuid(), Now, Today));
        Assert.Equal(["channel", "description", "noticedOn", "source"], ex.Errors.Select(e => e.Field).Order());
        Assert.All(ex.Errors, e => Assert.Equal(TextRules.Required, e.Code));
    }

    [Fact]
    public void RaisingWithTheClient_KeepsTheirResponse()
    {
        var concern = Record();
        concern.RaiseWithClient("”Tarvitsen apua, omat voimat eivät riitä”", Now.AddMinutes(5));
        Assert.Equal(Now.AddMinutes(5), concern.RaisedWithClientAt);
        Assert.Contains("omat voimat", concern.ClientResponse, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => Record().RaiseWithClient(" ", Now));
    }

    [Fact]
    public void NotingAConcern_AddsItToTheTimeline_OfItsOwnActiveCaseOnly()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Guid.NewGuid(), null, Now);
        var concern = Concern.Record(supportCase.Id, ConcernSource.Client, null, ContactChannel.Phone, "x", Today, Guid.NewGuid(), Now, Today);
        supportCase.NoteConcern(concern, null, Now.AddHours(1));
        Assert.Equal(CaseEventKind.ConcernRecorded, supportCase.Events[^1].Kind);
        Assert.Equal(Now.AddHours(1), supportCase.LastActivityAt);
        Assert.Throws<DomainRuleException>(() => supportCase.NoteConcern(Record(), null, Now));
        supportCase.End(CaseOutcome.Other, null, null, Now.AddDays(1));
        Assert.Throws<DomainRuleException>(() => supportCase.NoteConcern(concern, null, Now.AddDays(2)));
    }
}
