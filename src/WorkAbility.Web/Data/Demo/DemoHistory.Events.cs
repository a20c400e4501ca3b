using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Feedback;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Web.Data.Demo;

internal partial class DemoHistory
{
    /// <summary>
    /// Occupational health records that the employment ended and hands the client over with a work ability
    /// summary (seed 004); the coordinator has received most, the newest wait on the desk.
    /// </summary>
    private void HandOver(Client client, SupportCase supportCase, Organisation oh, Organisation sote, Professional coordinator, DateTimeOffset at)
    {
        var ohNurse = people.Staff["terhi.tyoterveys"];
        db.Consents.Add(Consent.Record(client.Id, [sote.Id], DataCategory.HealthData | DataCategory.EmploymentData,
            "Siirto hyvinvointialueen työkykykoordinaattorille työsuhteen päättyessä", FinnishCalendar.DateOf(at), FinnishCalendar.DateOf(at).AddYears(1),
            ConsentGivenAs.ElectronicConfirmation, null, ohNurse.Id, at));
        supportCase.RecordEmploymentEnded(FinnishCalendar.DateOf(at).AddDays(-random.Next(1, 30)), oh.Id, ohNurse.Id, at, FinnishCalendar.DateOf(at));
        db.OhHandovers.Add(OhHandover.Create(supportCase.Id, oh.Id, sote.Id, OhHandoverReason.EmploymentEnded,
            "Työkyky heikentynyt tuki- ja liikuntaelinoireiden vuoksi; paluu entiseen työhön ei onnistu.", "Sairauspoissaoloja 62 päivää viimeisen vuoden aikana.",
            ohNurse.Id, at));
        supportCase.HandOverFromOccupationalHealth(sote.Id, employmentEnded: true, oh.Id, ohNurse.Id, at);
        Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.OhHandedOver(supportCase.Id, sote.Id, at));
        var receivedAt = at.AddDays(random.Next(1, 10));
        if (receivedAt < now.AddDays(-3))
        {
            var handover = db.OhHandovers.Local.Last(h => h.SupportCaseId == supportCase.Id);
            handover.Receive(coordinator.Id, receivedAt);
            supportCase.ReceiveHandover(coordinator.Id, sote.Id, receivedAt);
        }
    }

    /// <summary>The case manager changes by a warm handover (F22): older ones accepted after a joint meeting, recent ones still awaiting an answer.</summary>
    /// <summary>
    /// The team meeting where the plan was made (its minutes recorded) and, while the next one
    /// agreed in the plan is still ahead, that one scheduled with the client taking part: so a
    /// client signing in sees a held meeting to give feedback on and a meeting to put in a calendar.
    /// Deterministic times only, so the rest of the generated county stays the same.
    /// </summary>
    private int meetingsHeld;

    private void Meetings(SupportCase supportCase, CaseTeam team, Professional manager, IReadOnlyList<Professional> members, DateTimeOffset planAt, DateTimeOffset? nextAt)
    {
        var participants = members.Select(m => m.Id).ToList();
        var held = TeamMeeting.Convene(team, manager.Id, [planAt.AddHours(-2)], 60, "Sote-keskus, neuvotteluhuone 2", null, participants, true, false, planAt.AddDays(-3));
        held.RecordMinutes(manager.Id, "Käytiin läpi tilanne ja asiakkaan oma tavoite. Laadittiin suunnitelma yhdessä.",
            ["Suunnitelma hyväksyttiin", "Asiakasvastaava pitää yhteyttä neljän viikon välein"], nextAt, planAt,
            // One in nine did not come (counted in the attendance figure); a counter, so the rest of the county stays the same.
            clientAttended: ++meetingsHeld % 9 != 0);
        supportCase.Record(CaseEventKind.MeetingMinutesRecorded, manager.Id, planAt);
        db.Meetings.Add(held);
        if (supportCase.IsActive && nextAt is { } next && next > now)
        {
            db.Meetings.Add(TeamMeeting.Convene(team, manager.Id, [next], 60, "Sote-keskus, neuvotteluhuone 2", null, participants, true, false, planAt));
            Messages(supportCase, manager, participants, planAt, next);
        }
    }

    /// <summary>
    /// Before the next meeting the case manager writes to the client and the client answers (F40); an answer older than a
    /// week has been answered in turn, a newer one waits for the team. Deterministic, through the messages' own rules.
    /// </summary>
    private void Messages(SupportCase supportCase, Professional manager, IReadOnlyList<Guid> members, DateTimeOffset planAt, DateTimeOffset next)
    {
        var onCase = new WorkAbility.Domain.Messages.MessageCase(supportCase.Id, supportCase.ClientId, true, supportCase.CoordinatorId, members.ToHashSet());
        var askedAt = planAt.AddDays(2).AddHours(1);
        var answeredAt = planAt.AddDays(3).AddHours(5);
        if (answeredAt >= now)
        {
            return;
        }
        var nextText = FinnishCalendar.LocalTime(next).ToString("d.M.yyyy 'klo' H.mm", System.Globalization.CultureInfo.InvariantCulture);
        var (thread, first) = WorkAbility.Domain.Messages.MessageThread.Start(onCase, new(manager.Id), "Seuraava tapaaminen",
            $"Hei! Tiimin seuraava tapaaminen on {nextText} sote-keskuksen neuvotteluhuoneessa 2. Jos haluat ottaa jotain puheeksi, kirjoita siitä tähän.", askedAt);
        first.MarkRead(answeredAt.AddMinutes(-10));
        var answer = thread.Reply(onCase, WorkAbility.Domain.Messages.MessageWriter.Client,
            "Kiitos, tulen paikalle. Haluaisin puhua siitä, voisinko aloittaa kuntouttavan työtoiminnan jo ennen kesää.", answeredAt);
        db.MessageThreads.Add(thread);
        db.CaseMessages.AddRange(first, answer);
        if (answeredAt.AddDays(7) < now)
        {
            answer.MarkRead(answeredAt.AddDays(1));
            db.CaseMessages.Add(thread.Reply(onCase, new(manager.Id), "Hyvä, otetaan se tapaamisessa esille. Mietitään yhdessä, mikä paikka sopisi sinulle.",
                answeredAt.AddDays(1).AddHours(1)));
        }
        Tasks(onCase, manager, askedAt, next);
    }

    private int clientsWithChannels;

    /// <summary>
    /// With the message the case manager gives the client tasks (F40): their own measure of work ability before the next
    /// meeting, still open; and, for a case older than a fortnight, a document the client has since brought and marked done.
    /// The client chose e-mail notices and gave an address and a phone. Through the tasks' and the client's own rules.
    /// </summary>
    private void Tasks(WorkAbility.Domain.Messages.MessageCase onCase, Professional manager, DateTimeOffset givenAt, DateTimeOffset next)
    {
        var givenOn = FinnishCalendar.DateOf(givenAt);
        var beforeMeeting = FinnishCalendar.DateOf(next).AddDays(-1);
        if (beforeMeeting >= givenOn && beforeMeeting <= givenOn.AddDays(WorkAbility.Domain.ClientTasks.ClientTask.MaxDaysAhead))
        {
            db.ClientTasks.Add(WorkAbility.Domain.ClientTasks.ClientTask.Give(onCase, manager.Id, "Questionnaire", "Täytä oma arvio työkyvystäsi",
                "Oma arvio löytyy omalta sivultasi kohdasta Oma arvio. Katsotaan vastauksia yhdessä tapaamisessa.", beforeMeeting, givenOn, givenAt));
        }
        var broughtAt = givenAt.AddDays(6);
        if (broughtAt < now)
        {
            var document = WorkAbility.Domain.ClientTasks.ClientTask.Give(onCase, manager.Id, "Document", "Tuo Kelan päätös kuntoutusrahasta",
                "Kopio päätöksestä riittää. Voit tuoda sen sote-keskuksen neuvontaan tai näyttää sen tapaamisessa.", givenOn.AddDays(10), givenOn, givenAt.AddMinutes(5));
            document.MarkDone("Toin kopion neuvontaan.", broughtAt);
            db.ClientTasks.Add(document);
        }
        if (db.Clients.Local.FirstOrDefault(c => c.Id == onCase.ClientId) is { } client)
        {
            var number = (++clientsWithChannels).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            client.ChooseNoticeChannels(email: true, sms: false, emailAddress: $"asiakas{number}@example.org", phone: "050 000 " + number);
        }
    }

    private void WarmHandover(SupportCase supportCase, CaseTeam team, Professional coordinator, List<Professional> members, DateTimeOffset at)
    {
        var successor = members.FirstOrDefault(m => m.Id != team.CaseManagerId && m.Id != coordinator.Id);
        var proposedAt = at.AddDays(random.Next(2, 60));
        if (successor is null || proposedAt >= now)
        {
            return;
        }
        var validFor = TimeSpan.FromDays(14);
        team.ProposeHandover(coordinator.Id, StaffRole.Coordinator, successor.Id, "Asiakkaan tilanne painottuu nyt tämän palvelun puolelle.", proposedAt, validFor);
        supportCase.Record(CaseEventKind.HandoverProposed, coordinator.Id, proposedAt);
        Tell(supportCase, proposedAt, WorkAbility.Domain.Notifications.WhoIsTold.HandoverProposed(supportCase.Id, successor.Id, proposedAt));
        var acceptedAt = proposedAt.AddDays(random.Next(1, 7));
        if (acceptedAt < now.AddDays(-1))
        {
            var previous = team.AcceptHandover(successor.Id, acceptedAt, validFor);
            Tell(supportCase, acceptedAt, WorkAbility.Domain.Notifications.WhoIsTold.HandoverAccepted(supportCase.Id, previous, coordinator.Id, acceptedAt));
            supportCase.Record(CaseEventKind.HandoverAccepted, successor.Id, acceptedAt, new CaseEventDetail.JointMeetingHeld());
        }
    }

    /// <summary>What happened in the last week reaches people's notices, as it would have; older news is long read.</summary>
    private void Tell(SupportCase supportCase, DateTimeOffset at, WorkAbility.Domain.Notifications.Notice? notice)
    {
        if (at > now.AddDays(-7))
        {
            supportCase.Tell(notice);
        }
    }

    private void End(SupportCase supportCase, Professional by, DateTimeOffset at, CaseOutcome outcome) =>
        supportCase.End(outcome, "Tuki päättyy yhteisesti sovitusti.", by.Id, at, "Pitkäaikaiset palvelut jatkuvat omalla terveysasemalla.");

    /// <summary>What a provider says as it closes a loop: a coded decline, or what was delivered and whether it helped.</summary>
    private ReferralMove MoveOf(ReferralStatus to) => to switch
    {
        ReferralStatus.Declined => ReferralOutcomes.DeclineReasons[random.Next(ReferralOutcomes.DeclineReasons.Count)] is var code && code is ReferralOutcomeCode.Other
            ? new ReferralMove { ReasonCode = code, Reason = "Palvelu ei sovellu asiakkaan tilanteeseen." }
            : new ReferralMove { ReasonCode = code },
        ReferralStatus.Completed => new ReferralMove
        {
            GotHelp = random.NextDouble() < 0.75,
            DeliveredAmount = random.Next(3, 21),
            DeliveredUnit = random.NextDouble() < 0.7 ? DeliveryUnit.Visits : DeliveryUnit.Days,
        },
        _ => ReferralMove.None,
    };

    /// <summary>What the service-level round (ReferralDeadlines) would have told of a referral left unanswered, on the day it would have.</summary>
    private void TellLate(SupportCase supportCase, Referral referral, Professional caseManager)
    {
        var lateOn = referral.RespondBy.AddDays(1);
        if (FinnishCalendar.NoonOf(lateOn) < now)
        {
            var at = FinnishCalendar.NoonOf(lateOn);
            Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.ReferralAnswerLate(supportCase.Id, referral.Id, referral.ToOrganisationId, at));
            Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.ReferralUnanswered(supportCase.Id, referral.Id, referral.SentById, caseManager.Id, at));
            referral.MarkLateTold(at);
        }
        var overdueOn = WorkingDays.After(FinnishCalendar.DateOf(referral.SentAt), ReferralServiceLevel.OverdueWorkingDays);
        if (FinnishCalendar.NoonOf(overdueOn) < now)
        {
            var at = FinnishCalendar.NoonOf(overdueOn);
            Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.ReferralOverdue(supportCase.Id, referral.Id, supportCase.CoordinatorId, at));
            referral.MarkOverdueTold(at);
        }
    }

    /// <summary>How fast each provider answers (0 fast … 2 slow), drawn once per provider: the providers' figures differ as real ones do.</summary>
    private readonly Dictionary<Guid, int> pace = [];

    /// <summary>The providers with a referral still unread in their inbox.</summary>
    private readonly HashSet<Guid> unreadIn = [];

    private void Move(SupportCase supportCase, Referral referral, DateTimeOffset sentAt, Professional caseManager)
    {
        if (!pace.TryGetValue(referral.ToOrganisationId, out int slow))
        {
            pace[referral.ToOrganisationId] = slow = random.Next(3);
        }
        // Some referrals of the last weeks still wait unread in a provider's inbox, a few of them past the service level.
        bool lost = sentAt > now.AddDays(-40) && random.NextDouble() < 0.06 + 0.04 * slow;
        // …and every provider has at least one of them, past its respond-by day.
        lost |= sentAt > now.AddDays(-30) && sentAt < now.AddDays(-5) && unreadIn.Add(referral.ToOrganisationId);
        if (lost)
        {
            TellLate(supportCase, referral, caseManager);
            return;
        }
        var at = sentAt;
        var provider = people.Staff.Values.FirstOrDefault(p => p.OrganisationId == referral.ToOrganisationId) ?? people.Staff["hanna.hoitaja"];
        bool Step(ReferralStatus to, int min, int max)
        {
            at = at.AddDays(min + random.Next(max - min + 1));
            if (at >= now)
            {
                return false;
            }
            referral.MoveTo(to, provider.Id, at, MoveOf(to));
            supportCase.Record(CaseEventKind.ReferralStatusChanged, provider.Id, at, new CaseEventDetail.ReferralStatus(to));
            Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.ReferralMoved(supportCase.Id, referral.Id, caseManager.Id, caseManager.Id, provider.Id, at));
            return true;
        }
        if (!Step(ReferralStatus.Received, 0, 3)) { return; }
        if (random.NextDouble() < 0.1)
        {
            Step(ReferralStatus.Declined, 1, 7);
            return;
        }
        if (!Step(ReferralStatus.Accepted, slow, 2 + 4 * slow)) { return; }
        if (random.NextDouble() < 0.07)
        {
            Step(ReferralStatus.DidNotAttend, 5, 20);
            return;
        }
        if (!Step(ReferralStatus.Started, 3, 30)) { return; }
        // Some services run on after support has ended: their providers get the continuity plan (F41).
        Step(ReferralStatus.Completed, 30, 240);
    }
}
