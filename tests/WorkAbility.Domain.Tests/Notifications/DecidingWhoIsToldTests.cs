using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;

namespace WorkAbility.Domain.Tests.Notifications;

public class DecidingWhoIsToldTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Case = Guid.NewGuid(), Sari = Guid.NewGuid(), Hanna = Guid.NewGuid(), Kaisa = Guid.NewGuid();

    private static IReadOnlyCollection<Guid> People(Notice notice) => ((NoticeAudience.People)notice.Audience).Ids;

    [Fact]
    public void FormingATeam_TellsEveryMember_ButNotTheCoordinatorWhoFormedIt()
    {
        var notice = WhoIsTold.TeamFormed(Case, [Sari, Hanna, Kaisa, Hanna], Sari, Now);
        Assert.Equal(NotificationKind.AddedToTeam, notice.Kind);
        Assert.Equal([Sari, Hanna, Kaisa], People(notice));
        Assert.Equal(Sari, notice.Except);
    }

    [Fact]
    public void AConvenedMeeting_InvitesItsParticipants_AndOneRecordedAfterItWasHeld_InvitesNobody()
    {
        var invited = WhoIsTold.MeetingConvened(Case, [Hanna, Kaisa], Sari, Now);
        Assert.Equal([Hanna, Kaisa], People(invited!));
        Assert.Equal(Sari, invited!.Except);
        Assert.Null(WhoIsTold.MeetingConvened(Case, [Hanna, Kaisa], Sari, Now, alreadyHeld: true));
    }

    [Fact]
    public void AnAcceptedHandover_TellsTheReleasedCaseManagerAndTheProposer_Once()
    {
        Assert.Equal([Hanna, Sari], People(WhoIsTold.HandoverAccepted(Case, Hanna, Sari, Now)));
        Assert.Equal([Hanna], People(WhoIsTold.HandoverAccepted(Case, Hanna, null, Now)));
        Assert.Equal([Hanna], People(WhoIsTold.HandoverAccepted(Case, Hanna, Hanna, Now)));
    }

    [Fact]
    public void AReferralMove_TellsTheSenderAndTheCaseManager_NotTheOneWhoMovedIt()
    {
        var referral = Guid.NewGuid();
        var notice = WhoIsTold.ReferralMoved(Case, referral, Hanna, Sari, Kaisa, Now);
        Assert.Equal([Hanna, Sari], People(notice));
        Assert.Equal(Kaisa, notice.Except);
        Assert.Equal(referral, notice.SubjectId);   // the notice says which referral
    }

    [Fact]
    public void ASentReferral_GoesToTheProvidersStaff_AndAnOhHandover_ToTheCountysCoordinatorsOnly()
    {
        var provider = Guid.NewGuid();
        var referral = Guid.NewGuid();
        var sent = WhoIsTold.ReferralSent(Case, referral, provider, Now);
        Assert.Equal(new NoticeAudience.StaffOf(provider, CoordinatorsOnly: false), sent.Audience);
        Assert.Equal(referral, sent.SubjectId);
        Assert.Equal(new NoticeAudience.StaffOf(provider, CoordinatorsOnly: true), WhoIsTold.OhHandedOver(Case, provider, Now).Audience);
    }

    [Fact]
    public void NarrowingAConsent_WithoutTakingAnOrganisationOut_TellsNobody()
    {
        Assert.Null(WhoIsTold.ConsentNarrowed(Case, [], Now));
        Assert.NotNull(WhoIsTold.ConsentNarrowed(Case, [Guid.NewGuid()], Now));
        Assert.Null(WhoIsTold.HandoverRefused(Case, null, Now));
    }

    [Fact]
    public void ACase_KeepsTheNoticesItRaised_UntilTheSaveDispatchesThem()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), ServicePath.Unemployed, CaseStage.Concern, Guid.NewGuid(), Sari, Now);
        supportCase.Tell(WhoIsTold.HandoverRefused(supportCase.Id, null, Now));
        supportCase.Tell(WhoIsTold.MemberAdded(supportCase.Id, Hanna, Sari, Now));
        Assert.Single(supportCase.PendingNotices);
        supportCase.NoticesDispatched();
        Assert.Empty(supportCase.PendingNotices);
    }

    [Fact]
    public void OccupationalHealth_IsToldWhenTheCaseLeavesItsPath_UnlessItNeverHadItOrHandedItOver()
    {
        var now = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        var caseId = Guid.NewGuid();
        var oh = Guid.NewGuid();
        var notice = WhoIsTold.OhPathLeft(caseId, oh, handedOver: false, WorkAbility.Domain.Cases.ServicePath.Unemployed, now);
        Assert.NotNull(notice);
        Assert.Equal(NotificationKind.OhPathLeft, notice.Kind);
        Assert.Equal(new NoticeAudience.StaffOf(oh, CoordinatorsOnly: false), notice.Audience);
        Assert.Null(WhoIsTold.OhPathLeft(caseId, null, handedOver: false, WorkAbility.Domain.Cases.ServicePath.Unemployed, now));
        Assert.Null(WhoIsTold.OhPathLeft(caseId, oh, handedOver: true, WorkAbility.Domain.Cases.ServicePath.Unemployed, now));
        Assert.Null(WhoIsTold.OhPathLeft(caseId, oh, handedOver: false, WorkAbility.Domain.Cases.ServicePath.EmployedWithOccupationalHealth, now));
    }
}
