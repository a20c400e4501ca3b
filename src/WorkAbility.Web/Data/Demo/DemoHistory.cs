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

/// <summary>
/// Eighteen months of a living county, drawn with a fixed seed so every run is the same: people
/// arrive through every channel, are assessed, get a coordinator, a team with a case manager, a plan
/// with catalogue services, referrals that move through their statuses, follow-ups met, late and
/// missed, and support that ends with every outcome (some come back). Cases opened lately are still
/// on their way, so each professional's desk, worklist and inbox hold real work. Every step goes
/// through the domain's own rules. A generated register of a county's or a nation's size gives
/// <paramref name="surnames"/>, so its names are spread as a real register's are.
/// </summary>
internal sealed partial class DemoHistory(AppDbContext db, DemoHistory.People people, DateTimeOffset now, int seed, RegisterSurnames? surnames = null,
    WorkAbility.Domain.Assessment.Questionnaires.Questionnaire? selfAssessment = null)
{
    public const int Days = 540;

    public sealed record People(
        IReadOnlyDictionary<string, Organisation> Organisations,
        IReadOnlyDictionary<string, Professional> Staff,
        IReadOnlyList<CatalogueService> Services,
        DemoIdentityCodes Codes);

    private readonly Random random = new(seed);

    /// <summary>The measures and situations of F39 draw from a stream of their own (see DemoHistory.Effects).</summary>
    private readonly Random effects = new(seed + 1);
    private readonly Random bookings = new(seed + 2);
    private readonly DateOnly today = FinnishCalendar.DateOf(now);

    private static readonly string[] Concerns =
    [
        "Pitkittyneet selkäkivut, sairauslomia toistuvasti; ei jaksa hakea töitä.",
        "Uupumus ja univaikeudet, työkyky heikentynyt puolen vuoden aikana.",
        "Pitkä työttömyys, arjen hallinta ja talous vaikeutuneet.",
        "Masennusoireita, keskeytynyt työkokeilu.",
        "Toistuvia poissaoloja, esihenkilö huolissaan jaksamisesta.",
        "Nuori, opinnot keskeytyneet, ei tiedä mihin hakeutuisi.",
        "Työtapaturman jälkeen paluu omaan työhön epävarmaa.",
        "Päihteiden käyttö lisääntynyt työttömyyden aikana.",
    ];

    private static readonly Dictionary<string, string> SourceServices = new()
    {
        ["teemu.tyollisyys"] = "työllisyyspalvelut", ["kaisa.kela"] = "Kela", ["nelli.nuoriso"] = "nuorisopalvelut",
        ["anni.jarjesto"] = "Voimaa arkeen ry", ["olli.opinto"] = "ammattiopisto", ["terhi.tyoterveys"] = "työterveyshuolto",
        ["sofia.sosiaalityo"] = "sosiaalityö", ["lauri.laakari"] = "terveysaseman vastaanotto",
    };

    private static readonly string[] Goals =
    [
        "Pääsen takaisin työelämään osa-aikaisesti.", "Haluan löytää itselleni sopivan alan ja koulutuksen.",
        "Haluan jaksaa arjessa ja saada unirytmin kuntoon.", "Haluan palata omaan työhöni kevennettynä.",
    ];

    public int Generate(int clients)
    {
        var staff = people.Staff;
        var esikyla = people.Organisations["sote-esikyla"];
        var mallila = people.Organisations["sote-mallila"];
        var oh = people.Organisations["tyoterveys"];
        for (int i = 0; i < clients; i++)
        {
            bool inEsikyla = random.NextDouble() < 0.58;
            var sote = inEsikyla ? esikyla : mallila;
            var coordinator = staff[inEsikyla ? "sari.koordinaattori" : "jukka.koordinaattori"];
            var path = Pick((ServicePath.Unemployed, 55), (ServicePath.EmployedWithoutOccupationalHealth, 20), (ServicePath.EmployedWithOccupationalHealth, 25));
            var birth = today.AddYears(-(18 + (int)(45 * Math.Pow(random.NextDouble(), 0.9)))).AddDays(-random.Next(365));
            // More people arrive lately than 18 months ago: the service model is becoming known. The
            // last few arrived this week, so every early stage has someone in it.
            int daysAgo = i == 2 ? 75 : i < Math.Max(6, clients / 60) ? i % 6 : (int)(Days * Math.Pow(random.NextDouble(), 1.25));
            var opened = At(today.AddDays(-daysAgo));
            var client = Client.Register(people.Codes.Next(birth).Value, DemoCounty.FirstNames[random.Next(DemoCounty.FirstNames.Length)],
                surnames?.Next(random) ?? DemoCounty.LastNames[random.Next(DemoCounty.LastNames.Length)], inEsikyla ? DemoCounty.Esikyla : DemoCounty.Mallila,
                null, null, opened.AddMinutes(-30), sote.Id, nonDisclosure: i % 250 == 7);
            db.Clients.Add(client);
            // The two newest stay where a new arrival is: a concern just recorded, a client just in touch.
            CaseStage? stopAt = i switch { 0 => CaseStage.Concern, 1 => CaseStage.SeekingService, 2 => CaseStage.Team, _ => null };
            Live(client, path, sote, coordinator, path is ServicePath.EmployedWithOccupationalHealth ? oh : null, opened, stopAt);
            Network(client, path, inEsikyla, opened, i);
        }
        return clients;
    }

    /// <summary>
    /// The services most clients already have when they arrive (F5, F32): the unemployed their employment
    /// services and often Kela's unemployment benefit, the employed their occupational health. Drawn from the
    /// client's number, not the random stream, so the rest of the county stays as it was.
    /// </summary>
    private void Network(Client client, ServicePath path, bool inEsikyla, DateTimeOffset opened, int i)
    {
        var recorder = people.Staff[inEsikyla ? "hanna.hoitaja" : "mikko.mallila"];
        var since = WorkAbility.Domain.Common.FinnishCalendar.DateOf(opened).AddDays(-(40 + i % 300));
        void Add(ExistingServiceKind kind, string organisation, string? contactPerson, string? contact) =>
            db.ExistingServices.Add(ExistingService.Record(client.Id, kind, organisation, null, contactPerson, contact, since, null, null, recorder.Id, opened));
        if (path is ServicePath.Unemployed && i % 5 < 4)
        {
            Add(ExistingServiceKind.Employment, inEsikyla ? "Esikylän työllisyyspalvelut" : "Mallilan työllisyyspalvelut", "Teemu Työllisyys", "040 555 0110");
            if (i % 3 == 0)
            {
                Add(ExistingServiceKind.Kela, "Kela, työttömyysturva", null, "Kelan palvelunumero");
            }
        }
        else if (path is ServicePath.EmployedWithOccupationalHealth && i % 4 < 3)
        {
            Add(ExistingServiceKind.OccupationalHealth, "Demo-alueen työterveyshuolto", "Terhi Työterveys", "040 555 0130");
        }
        if (i % 7 == 0)
        {
            Add(ExistingServiceKind.ThirdSector, "Arkeen voimaa -vertaisryhmä", null, null);
        }
    }

    private void Live(Client client, ServicePath path, Organisation sote, Professional coordinator, Organisation? oh, DateTimeOffset opened, CaseStage? stopAt)
    {
        var staff = people.Staff;
        var (channel, recorder, source) = Pick(
            ((ContactChannel.Phone, "hanna.hoitaja", ConcernSource.Client), 24),
            ((ContactChannel.Visit, "lauri.laakari", ConcernSource.Professional), 18),
            ((ContactChannel.Chat, "mikko.mallila", ConcernSource.Client), 8),
            ((ContactChannel.OmaoloResult, "hanna.hoitaja", ConcernSource.Client), 9),
            ((ContactChannel.ProfessionalWithConsent, "teemu.tyollisyys", ConcernSource.Professional), 14),
            ((ContactChannel.ProfessionalWithConsent, "kaisa.kela", ConcernSource.Professional), 7),
            ((ContactChannel.ProfessionalWithConsent, "nelli.nuoriso", ConcernSource.Professional), 5),
            ((ContactChannel.ProfessionalWithConsent, "anni.jarjesto", ConcernSource.Professional), 4),
            ((ContactChannel.ProfessionalWithConsent, "olli.opinto", ConcernSource.Professional), 3),
            ((ContactChannel.ProfessionalWithConsent, "terhi.tyoterveys", ConcernSource.Supervisor), 5),
            ((ContactChannel.SocialWelfareNotification, "sofia.sosiaalityo", ConcernSource.Relative), 3));
        var holder = oh ?? sote;
        var opener = staff[recorder].OrganisationId == holder.Id ? staff[recorder] : staff[holder == sote && sote.Area == DemoCounty.Mallila ? "mikko.mallila" : oh is null ? "hanna.hoitaja" : "terhi.tyoterveys"];
        var supportCase = SupportCase.Open(client.Id, path, CaseStage.Concern, holder.Id, opener.Id, opened);
        if (oh is not null)
        {
            supportCase.TakeOccupationalHealthResponsibility(oh.Id);
        }
        db.SupportCases.Add(supportCase);
        var sourceService = source is ConcernSource.Client ? null : SourceServices.GetValueOrDefault(recorder, "sote-keskus");
        var concern = Concern.Record(supportCase.Id, source, sourceService, channel, Concerns[random.Next(Concerns.Length)],
            FinnishCalendar.DateOf(opened).AddDays(-random.Next(20)), staff[recorder].Id, opened, FinnishCalendar.DateOf(opened));
        BookingChecks(concern, channel, sote, opened);
        db.Concerns.Add(concern);
        supportCase.NoteConcern(concern, staff[recorder].Id, opened);

        var at = opened;
        bool Next(int minDays, int maxDays)
        {
            at = at.AddDays(minDays + random.Next(maxDays - minDays + 1)).AddMinutes(random.Next(-90, 90));
            return at < now && (stopAt is null || supportCase.Stage < stopAt);
        }

        if (!Next(0, 4)) { return; }
        supportCase.Advance(CaseStage.SeekingService, opener.Id, at);
        // Seeking service is the person's own step: the concern has been raised with them (puheeksi otettu), as the live
        // path records it; only the concerns of cases still at the concern stage wait to be raised.
        concern.RaiseWithClient("Asiakas haluaa apua ja hakeutuu palveluun.", at);
        if (!Next(1, 10)) { return; }
        var level = stopAt is CaseStage.Team ? LevelOfSupport.WorkAbilitySupportTeam : path is ServicePath.EmployedWithOccupationalHealth
            ? Pick((LevelOfSupport.OccupationalHealth, 45), (LevelOfSupport.CoordinatorReferral, 40), (LevelOfSupport.LowThresholdService, 15))
            : Pick((LevelOfSupport.SelfCareWithGuidance, 8), (LevelOfSupport.LowThresholdService, 12), (LevelOfSupport.CoordinatorReferral, 35),
                (LevelOfSupport.WorkAbilitySupportTeam, 33), (LevelOfSupport.Typ, 9), (LevelOfSupport.SpecialExpertiseTeam, 3));
        var assessment = NeedAssessment.Record(supportCase, opener.Id, "Haluan saada apua, jotta jaksaisin taas.",
            "Työkyky heikentynyt; tarvitaan monialainen arvio.", random.Next(3) == 0 ? "Kykyviisari" : null, random.Next(2, 9), level,
            "Tuen tarve arvioitu yhdessä asiakkaan kanssa.", path is ServicePath.Unemployed ? random.Next(4) == 0 : null, at,
            TargetGroupsFor(path), IncomeFor(path), Pick((VocationalRehabilitationPhase.NotStarted, 60), (VocationalRehabilitationPhase.BeingInvestigated, 20),
                (VocationalRehabilitationPhase.Applied, 8), (VocationalRehabilitationPhase.Ongoing, 8), (VocationalRehabilitationPhase.Completed, 4)));
        db.NeedAssessments.Add(assessment);
        supportCase.DecideLevelOfSupport(level, opener.Id, at);
        if (supportCase.Stage is not CaseStage.CoordinatorAssessment and not CaseStage.Team)
        {
            // Self-care, low-threshold services or occupational health: the case ends there or stays with OH;
            // some employments end and occupational health hands the client over to the county's coordinator.
            if (level is LevelOfSupport.OccupationalHealth && oh is not null && random.NextDouble() < 0.3 && Next(20, 120))
            {
                HandOver(client, supportCase, oh, sote, coordinator, at);
                return;
            }
            if (level is LevelOfSupport.OccupationalHealth)
            {
                if (oh is not null)
                {
                    EmployerSideOf(client, supportCase, oh, at);
                }
                return;
            }
            var decidedOn = FinnishCalendar.DateOf(at);
            if (!Next(14, 90))
            {
                // Still on the low-threshold route: its owner agreed a follow-up four weeks on — except for a
                // few whose date was never set, which the risk radar and the coordinator's desk catch (F33).
                if (LowThresholdRoute.Applies(level) && client.PersonalIdentityCode.IndividualNumber % 7 != 0)
                {
                    var due = FollowUpDue.On(supportCase.Id, decidedOn.AddDays(28));
                    if (due.DueOn <= today)
                    {
                        // Its reminder went out on the day, as the reminder round would have sent it.
                        due.MarkReminded(FinnishCalendar.FromLocalTime(due.DueOn.ToDateTime(new TimeOnly(8, 0))));
                    }
                    db.FollowUpDues.Add(due);
                }
                return;
            }
            End(supportCase, opener, at, Pick((CaseOutcome.SupportNoLongerNeeded, 50), (CaseOutcome.Employed, 25), (CaseOutcome.Other, 25)));
            return;
        }

        // The coordinator takes the case on; some wait long on the desk.
        if (!Next(1, random.Next(5) == 0 ? 45 : 14)) { return; }
        supportCase.AssignCoordinator(coordinator.Id, coordinator.Id, at);
        if (supportCase.Stage < CaseStage.CoordinatorAssessment)
        {
            supportCase.Advance(CaseStage.CoordinatorAssessment, coordinator.Id, at);
        }
        if (!Next(5, 30)) { return; }
        var members = TeamFor(path, client.Municipality);
        var manager = members[random.Next(members.Count)];
        var team = CaseTeam.Form(supportCase.Id, members.Select(m => m.Id).ToList(), [manager.Id], ClientSituation.None,
            "Toivon, että asioista sovitaan yhdessä.", random.Next(4) == 0 ? "Läheinen" : null, null, coordinator.Id, at);
        db.Teams.Add(team);
        supportCase.NoteTeamFormed(coordinator.Id, at);
        Tell(supportCase, at, WorkAbility.Domain.Notifications.WhoIsTold.TeamFormed(supportCase.Id, team.CurrentMemberIds, coordinator.Id, at));
        // The services the team will put in the plan are talked through when the consent is asked, so the consent names their
        // providers too: a referral is sent only to an organisation a valid consent names (ReferralConsent.Covers, as on the live path).
        var services = ServicesFor(path);
        var organisations = members.Select(m => m.OrganisationId).Append(coordinator.OrganisationId)
            .Concat(services.Select(s => s.ProviderOrganisationId!.Value)).Distinct().ToList();
        var consentUntil = FinnishCalendar.DateOf(at).AddMonths(random.Next(8) == 0 ? 7 : 12);
        db.Consents.Add(Consent.Record(client.Id, organisations, DataCategory.HealthData | DataCategory.SocialWelfareData | DataCategory.EmploymentData | DataCategory.KelaBenefitsData,
            "Työkyvyn tuen tiimi ja yhteinen suunnitelma", FinnishCalendar.DateOf(at), consentUntil < today ? today.AddDays(random.Next(5, 40)) : consentUntil,
            ConsentGivenAs.SignedOnPaper, "Suostumuslomake " + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), coordinator.Id, at));
        supportCase.Record(CaseEventKind.ConsentRecorded, coordinator.Id, at);

        if (!Next(3, 25)) { return; }
        var actions = services.Select(s => new PlanAction(Guid.NewGuid(), s.Name, s.Id, ResponsibleParty.Organisation, null, s.ProviderOrganisationId,
            FinnishCalendar.DateOf(at).AddDays(7), null, null, ActionStatus.Planned, null)).ToList();
        actions.Add(new PlanAction(Guid.NewGuid(), "Pidän kirjaa jaksamisestani ja unesta", null, ResponsibleParty.Client, null, null, null, null, null, ActionStatus.Ongoing, null));
        var content = new PlanContent(Goals[random.Next(Goals.Length)], [new PlanGoal(Guid.NewGuid(), "Työkyky paranee ja arki sujuu")], actions,
            "Asiakasvastaava pitää yhteyttä ja kutsuu seurantatapaamiset koolle.", 4, FinnishCalendar.DateOf(at).AddDays(28), null,
            at.AddDays(28), 6 + random.Next(7), []);
        var (plan, version) = SupportPlan.Start(supportCase.Id, content, manager.Id, at);
        db.Plans.Add(plan);
        db.PlanVersions.Add(version);
        supportCase.NotePlanSaved(version.Number, manager.Id, at);
        Meetings(supportCase, team, manager, members, at, plan.NextMeetingAt);

        if (random.NextDouble() < 0.12)
        {
            WarmHandover(supportCase, team, coordinator, members, at);
        }

        var referralsAt = at;
        var sent = new List<Referral>();
        foreach (var action in actions.Where(a => a.ServiceId is not null))
        {
            var service = services.First(s => s.Id == action.ServiceId);
            var referral = Referral.Send(supportCase.Id, action.Id, service.Id, service.ProviderOrganisationId!.Value, service.RespondWithinDays, "Asiakas on suostunut lähetteeseen.", [], manager.Id, referralsAt);
            db.Referrals.Add(referral);
            sent.Add(referral);
            supportCase.Record(CaseEventKind.ReferralSent, manager.Id, referralsAt, new CaseEventDetail.Text(service.Name));
            Tell(supportCase, referralsAt, WorkAbility.Domain.Notifications.WhoIsTold.ReferralSent(supportCase.Id, referral.Id, service.ProviderOrganisationId!.Value, referralsAt));
            Move(supportCase, referral, referralsAt, manager);
        }
        ReferOutside(supportCase, manager, referralsAt);

        // Follow-up every four weeks from the first due date: most met on time, some late, some missed.
        var dueOn = content.FirstFollowUpOn!.Value;
        int months = content.EstimatedSupportMonths!.Value;
        var endOn = FinnishCalendar.DateOf(at).AddMonths(months);
        var followUpAt = at;
        for (int n = 0; n < FollowUpSchedule.MaxDues && dueOn <= endOn; n++, dueOn = dueOn.AddDays(28))
        {
            var due = FollowUpDue.On(supportCase.Id, dueOn);
            db.FollowUpDues.Add(due);
            if (dueOn > today)
            {
                continue;
            }
            // Its reminder went out on the day, as the reminder round would have sent it.
            due.MarkReminded(At(dueOn));
            double roll = random.NextDouble();
            if (roll < 0.12)
            {
                continue; // missed
            }
            var metOn = dueOn.AddDays(roll < 0.8 ? random.Next(-3, 4) : random.Next(8, 20));
            if (metOn > today)
            {
                continue;
            }
            due.Meet(metOn);
            followUpAt = At(metOn);
            db.FollowUpContacts.Add(FollowUpContact.Record(supportCase.Id, metOn, Pick((FollowUpChannel.Phone, 50), (FollowUpChannel.Meeting, 30), (FollowUpChannel.VideoCall, 20)),
                "Kuulumiset käyty läpi, suunnitelma etenee.", manager.Id, followUpAt, metOn));
            supportCase.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, manager.Id, followUpAt);
        }
        int start = assessment.WorkAbilityScore ?? 5, course = Course();
        MeasuresDuringSupport(client, opened, start, course, FinnishCalendar.FromLocalTime(endOn.ToDateTime(TimeOnly.MinValue)));
        if (endOn > today || supportCase.Stage < CaseStage.Services)
        {
            return;
        }
        var endAt = At(endOn.AddDays(random.Next(0, 10)));
        if (endAt >= now)
        {
            return;
        }
        if (supportCase.Stage is CaseStage.Services)
        {
            supportCase.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, manager.Id, endAt.AddHours(-1));
        }
        var need = Pick((CurrentNeed.Resolved, 45), (CurrentNeed.Reduced, 35), (CurrentNeed.Continues, 15), (CurrentNeed.Increased, 5));
        supportCase.NoteFollowUp(CaseEventKind.FollowUpReviewed, manager.Id, endAt.AddMinutes(-30), new CaseEventDetail.Need(need));
        var outcome = path is ServicePath.Unemployed
            ? Pick((CaseOutcome.Employed, 30), (CaseOutcome.InEducation, 15), (CaseOutcome.Rehabilitation, 20), (CaseOutcome.Pension, 8), (CaseOutcome.Moved, 4), (CaseOutcome.SupportNoLongerNeeded, 13), (CaseOutcome.Other, 10))
            : Pick((CaseOutcome.Employed, 55), (CaseOutcome.Rehabilitation, 20), (CaseOutcome.Pension, 10), (CaseOutcome.SupportNoLongerNeeded, 10), (CaseOutcome.Other, 5));
        End(supportCase, manager, endAt, outcome);
        HandOnContinuity(supportCase, sent, manager, endAt);
        MeasureAtEnd(client, endAt, start, course);
        if (random.NextDouble() < 0.6 && endAt.AddDays(3) < now)
        {
            db.Feedback.Add(ClientFeedback.Give(supportCase.Id, CaseStage.Ended, FeedbackOccasion.AtEnd, Pick((5, 40), (4, 35), (3, 15), (2, 6), (1, 4)),
                Pick((5, 35), (4, 35), (3, 15), (2, 10), (1, 5)), Pick((5, 30), (4, 35), (3, 20), (2, 10), (1, 5)), null, endAt.AddDays(random.Next(1, 3)),
                ChangeExperienced(outcome)));
        }
        // Some come back within half a year: the same case reopens with its history.
        var reopenAt = endAt.AddDays(random.Next(20, 170));
        var endedAt = supportCase.EndedAt;
        if (random.NextDouble() < 0.1 && reopenAt < now)
        {
            supportCase.Reopen("Tilanne muuttunut, asiakas otti uudelleen yhteyttä.", coordinator.Id, reopenAt);
        }
        if (outcome is not CaseOutcome.Moved && endedAt is not null)
        {
            SituationsAfter(supportCase, endedAt.Value, outcome, supportCase.IsActive ? reopenAt : now);
        }
    }
}
