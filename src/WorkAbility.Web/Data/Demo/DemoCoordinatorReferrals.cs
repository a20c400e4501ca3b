using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The county's saatelomake routes (each municipality to its sote-centre) and referrals to the work
/// ability coordinator sent from outside the sote-centres (F31): some waiting on each coordinator's
/// desk — a new person without an identity code, Matti sent again by employment services — one
/// taken on and one returned, so each sender's list shows every status.
/// </summary>
internal static class DemoCoordinatorReferrals
{
    public static void Add(AppDbContext db, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlyDictionary<string, Professional> staff,
        DemoIdentityCodes codes, Client matti, DateTimeOffset now)
    {
        var esikyla = organisations["sote-esikyla"];
        var mallila = organisations["sote-mallila"];
        db.CoordinatorRoutes.Add(CoordinatorRoute.To(DemoCounty.Esikyla, esikyla));
        db.CoordinatorRoutes.Add(CoordinatorRoute.To(DemoCounty.Mallila, mallila));
        var today = FinnishCalendar.DateOf(now);

        CoordinatorReferral Send(string sender, DateTimeOffset at, CoordinatorReferral.Form form)
        {
            var from = staff[sender];
            var to = CoordinatorRoute.KeyOf(form.Municipality) == CoordinatorRoute.KeyOf(DemoCounty.Mallila) ? mallila : esikyla;
            // The consent was given the day the form was sent, that day in Finland, whatever the hour the demo is loaded.
            var referral = CoordinatorReferral.Send(form with { ConsentGivenOn = FinnishCalendar.DateOf(at) }, to.Id, from.Id, from.OrganisationId, at);
            db.CoordinatorReferrals.Add(referral);
            return referral;
        }

        // A young person the youth worker met; the identity code was not at hand.
        Send("nelli.nuoriso", now.AddDays(-2).AddHours(-3), new(null, "Joona", "Nuorimies", today.AddYears(-19).AddDays(-40), "040 000 0301", DemoCounty.Esikyla,
            "Opinnot keskeytyivät keväällä. Viettää päivät kotona, uni- ja vuorokausirytmi sekaisin, ei ole hakenut töitä eikä koulutusta.",
            "En tiedä mitä haluaisin tehdä, mutta haluaisin jotain tekemistä päiviin.", "Kaksi tapaamista nuorisotyössä; Ohjaamo-tapaaminen sovittu mutta jäi väliin.",
            [new(ExistingServiceKind.ThirdSector, "Esikylän nuorisotyö", "Nelli Nuorisotyö", "040 1234 511")],
            ReferralConsentBasis.Oral, today.AddDays(-2), "Nelli Nuorisotyö", "Tekstiviesti ensin, sitten soitto iltapäivällä"));

        // Matti is already a client: employment services send him too, and only the coordinator sees that he is.
        Send("teemu.tyollisyys", now.AddHours(-20), new(matti.PersonalIdentityCode.Value, matti.FirstName, matti.LastName, null, matti.Phone, DemoCounty.Esikyla,
            "Työnhakukeskustelussa kertoi pitkittyneestä flunssasta ja väsymyksestä; työkyvyn selvittäminen tarpeen ennen uutta työllistymissuunnitelmaa.",
            null, "Työnhakuvelvoite kevennetty kuukaudeksi.", [],
            ReferralConsentBasis.WrittenY100, today.AddDays(-1), null, "Puhelin"));

        // An NGO's member in Mallila, on Jukka's desk.
        Send("anni.jarjesto", now.AddDays(-4), new(codes.Next(today.AddYears(-47).AddDays(-100)).Value, "Raili", "Rantanen", null, "040 000 0302", DemoCounty.Mallila,
            "Käy vertaisryhmässä; kertoo pitkästä sairauslomasta ja että työpaikka on päättymässä. Ei tiedä, mistä hakea apua.",
            "Haluaisin päästä takaisin töihin, mutta en entiseen.", null,
            [new(ExistingServiceKind.ThirdSector, "Voimaa arkeen ry, vertaisryhmä", "Anni Arkivoima", null)],
            ReferralConsentBasis.WrittenY100, today.AddDays(-4), null, null));

        // Taken on a week ago: the student is now a client at the coordinator's assessment.
        var coordinator = staff["sari.koordinaattori"];
        var takenAt = now.AddDays(-6);
        var student = Send("olli.opinto", now.AddDays(-9), new(codes.Next(today.AddYears(-22).AddDays(-15)).Value, "Venla", "Opiskelija", null, "040 000 0303", DemoCounty.Esikyla,
            "Toistuvia poissaoloja, opinnot viivästyneet; kertoo jaksamisen ongelmista ja paniikkioireista.", null, "Opiskeluterveydenhuollon käynti.", [],
            ReferralConsentBasis.Oral, today.AddDays(-9), "Olli Opinto-ohjaaja", null));
        student.MarkReceived(coordinator.Id, now.AddDays(-8));
        var venla = Client.Register(student.PersonalIdentityCode, student.FirstName, student.LastName, student.Municipality, student.Phone, null, takenAt, esikyla.Id);
        db.Clients.Add(venla);
        var venlaCase = SupportCase.Open(venla.Id, ServicePath.Unemployed, CaseStage.Concern, esikyla.Id, coordinator.Id, takenAt);
        var concern = Concern.FromCoordinatorReferral(venlaCase.Id, student, organisations["oppilaitos"].Name, coordinator.Id, takenAt);
        db.Concerns.Add(concern);
        venlaCase.NoteConcern(concern, coordinator.Id, takenAt);
        venlaCase.TakeOnReferralToCoordinator(coordinator.Id, takenAt);
        db.SupportCases.Add(venlaCase);
        student.TakeOn(venla.Id, venlaCase.Id, coordinator.Id, takenAt);

        // With Venla's consent the coordinator asks the competence centre for its view (F35): it waits in the centre's inbox.
        var centre = organisations["osaamiskeskus"];
        db.Consents.Add(WorkAbility.Domain.Consents.Consent.Record(venla.Id, [esikyla.Id, centre.Id], WorkAbility.Domain.Consents.DataCategory.HealthData,
            "Työkyvyn selvittäminen ja konsultaatio osaamiskeskukselle", FinnishCalendar.DateOf(now.AddDays(-5)), FinnishCalendar.DateOf(now.AddDays(-5)).AddYears(1),
            WorkAbility.Domain.Consents.ConsentGivenAs.SignedOnPaper, "Suostumuslomake 4411", coordinator.Id, now.AddDays(-5)));
        venlaCase.Record(CaseEventKind.ConsentRecorded, coordinator.Id, now.AddDays(-5));
        db.CaseConsultations.Add(WorkAbility.Domain.Consultations.CaseConsultation.Ask(venlaCase.Id, venla.Id, centre, consentNamesOrganisation: true,
            "Paniikkioireet ja keskeytyneet opinnot: suosittelisitteko ensin psykiatrista arviota vai ammatillista kuntoutusselvitystä?", coordinator.Id, now.AddDays(-4)));
        venlaCase.Record(CaseEventKind.ExpertConsulted, coordinator.Id, now.AddDays(-4), new CaseEventDetail.Text(centre.Name));

        // Returned: sent before the person's consent was asked.
        var early = Send("kaisa.kela", now.AddDays(-12), new(codes.Next(today.AddYears(-58).AddDays(-200)).Value, "Pertti", "Puuseppä", null, null, DemoCounty.Esikyla,
            "Sairauspäivärahan enimmäisaika täyttymässä; työkyvyn tuen tarve arvioitava.", null, null, [],
            ReferralConsentBasis.WrittenY100, today.AddDays(-12), null, null));
        early.Return(ReferralReturnReason.NoConsent, "Suostumuslomakkeessa ei ollut hyvinvointialuetta vastaanottajana. Pyydäthän uuden Y100-suostumuksen ja lähetä uudelleen.",
            coordinator.Id, now.AddDays(-10));
    }
}
