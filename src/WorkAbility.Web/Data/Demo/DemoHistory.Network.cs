using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The network beyond the referral loop (F41, F42), made through the domain's rules: referrals made outside the network,
/// continuity plans reaching the organisations still serving a client when support ended, and the occupational health
/// path's employer side and change of provider. Its choices draw from a stream of their own, so the rest of the county
/// stays as it was.
/// </summary>
internal sealed partial class DemoHistory
{
    private readonly Random network = new(seed + 3);

    private static readonly (ExternalReceiver Receiver, string Name, string What)[] OutsideReferrals =
    [
        (ExternalReceiver.Kela, "Kela, Demo-alueen palvelu", "Ammatillinen kuntoutusselvitys"),
        (ExternalReceiver.Kela, "Kela, Demo-alueen palvelu", "Kuntoutuspsykoterapia"),
        (ExternalReceiver.PensionInsurer, "Työeläkeyhtiö Demo", "Työeläkekuntoutus (työkokeilu)"),
        (ExternalReceiver.PrivateProvider, "Kuntoutuskeskus Esimerkki Oy", "Työkykyarvio"),
    ];

    /// <summary>Some teams also applied for something outside the network; answers older than six weeks have come.</summary>
    private void ReferOutside(SupportCase supportCase, Professional manager, DateTimeOffset at)
    {
        if (network.NextDouble() >= 0.2)
        {
            return;
        }
        var (receiver, name, what) = OutsideReferrals[network.Next(OutsideReferrals.Length)];
        var sentAt = at.AddDays(network.Next(1, 10));
        if (sentAt >= now)
        {
            return;
        }
        var sentOn = FinnishCalendar.DateOf(sentAt);
        var referral = ExternalReferral.Record(supportCase.Id, new ExternalReferral.Details(receiver, name, what, sentOn, sentOn.AddDays(60), null), manager.Id, sentAt);
        db.ExternalReferrals.Add(referral);
        supportCase.Record(CaseEventKind.ReferralSent, manager.Id, sentAt, new CaseEventDetail.Text(what + " (" + name + ")"));
        var answeredOn = sentOn.AddDays(network.Next(20, 70));
        if (answeredOn < today.AddDays(-3))
        {
            var code = network.NextDouble() < 0.7 ? ReferralOutcomeCode.GotHelp : ReferralOutcomeCode.NotEligible;
            referral.RecordOutcome(code, answeredOn, code is ReferralOutcomeCode.NotEligible ? "Kielteinen päätös; valitusaika 30 päivää." : null, manager.Id, FinnishCalendar.NoonOf(answeredOn));
        }
    }

    /// <summary>
    /// When support ended, the continuity plan reached the organisations still serving the client (the providers of services
    /// still running); most acknowledged it within days, a few recent ones still wait.
    /// </summary>
    private void HandOnContinuity(SupportCase supportCase, IReadOnlyList<Referral> referrals, Professional manager, DateTimeOffset endAt)
    {
        var serving = referrals.Where(r => r.StartedAt is { } started && started < endAt &&
                                           (r.Status is ReferralStatus.Started || r.Status is ReferralStatus.Completed && r.StatusChangedAt > endAt))
            .Select(r => r.ToOrganisationId);
        foreach (var handoff in ContinuityHandoff.For(supportCase.Id, serving, supportCase.ResponsibleOrganisationId, endAt))
        {
            db.ContinuityHandoffs.Add(handoff);
            Tell(supportCase, endAt, WhoIsTold.ContinuityNote(supportCase.Id, handoff.Id, handoff.OrganisationId, endAt));
            var readAt = endAt.AddDays(network.Next(1, 6)).AddHours(network.Next(1, 8));
            var reader = people.Staff.Values.FirstOrDefault(p => p.OrganisationId == handoff.OrganisationId);
            if (reader is not null && readAt < now && network.NextDouble() < 0.8)
            {
                handoff.Acknowledge(reader.Id, handoff.OrganisationId, readAt);
            }
            else if (handoff.IsOverdue(now))
            {
                // What the reminder round would have told the case manager, on the day it would have.
                var toldAt = endAt.AddDays(ContinuityHandoff.UnacknowledgedDays).AddHours(1);
                Tell(supportCase, toldAt, WhoIsTold.ContinuityUnacknowledged(supportCase.Id, handoff.Id, manager.Id, toldAt));
                handoff.MarkReminded(toldAt);
            }
        }
    }

    /// <summary>
    /// The employer side of a case occupational health keeps (F42): the supervisor, the early support discussion and what the
    /// workplace did, a sick leave, limiting resources; and for a few, the employer's change of occupational health provider.
    /// </summary>
    private void EmployerSideOf(Client client, SupportCase supportCase, Organisation oh, DateTimeOffset at)
    {
        var ohNurse = people.Staff["terhi.tyoterveys"];
        if (network.NextDouble() < 0.6)
        {
            var side = EmployerSide.For(supportCase.Id);
            var measures = network.NextDouble() < 0.7 ? (WorkplaceMeasures)(1 << network.Next(5)) | (network.NextDouble() < 0.4 ? WorkplaceMeasures.AdjustedHours : 0) : WorkplaceMeasures.None;
            DateOnly? sickLeave = network.NextDouble() < 0.35 && at > now.AddDays(-90) ? FinnishCalendar.DateOf(at).AddDays(-network.Next(5, 60)) : null;
            var limits = network.NextDouble() < 0.15 ? ServiceLimits.EmployerResources : ServiceLimits.None;
            side.Update(new EmployerSide.Details(Supervisors[network.Next(Supervisors.Length)], "040 555 0" + network.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FinnishCalendar.DateOf(at).AddDays(-network.Next(1, 20)), measures, sickLeave, limits), ohNurse.Id, at);
            db.EmployerSides.Add(side);
        }
        var northern = people.Organisations["tyoterveys-pohjoinen"];
        var changedAt = at.AddDays(network.Next(10, 60));
        if (network.NextDouble() < 0.12 && changedAt < now.AddDays(-1))
        {
            db.Consents.Add(Consent.Record(client.Id, [northern.Id], DataCategory.HealthData | DataCategory.EmploymentData,
                "Työnantajan uusi työterveyshuolto", FinnishCalendar.DateOf(changedAt), FinnishCalendar.DateOf(changedAt).AddYears(1),
                ConsentGivenAs.ElectronicConfirmation, null, ohNurse.Id, changedAt));
            db.OhHandovers.Add(OhHandover.Create(supportCase.Id, oh.Id, northern.Id, OhHandoverReason.OhProviderChanged,
                "Työkyky heikentynyt selkäoireiden vuoksi; kevennetty työ käytössä.", "Sairauspoissaoloja 24 päivää viimeisen vuoden aikana.", ohNurse.Id, changedAt));
            supportCase.ChangeOccupationalHealthProvider(northern.Id, oh.Id, ohNurse.Id, changedAt);
            Tell(supportCase, changedAt, WhoIsTold.OhProviderChanged(supportCase.Id, northern.Id, ohNurse.Id, changedAt));
        }
    }

    private static readonly string[] Supervisors = ["Esa Esimies", "Tiina Tiiminvetäjä", "Veli Valimo", "Kaisa Kunnossapito", "Pertti Päällikkö"];
}
