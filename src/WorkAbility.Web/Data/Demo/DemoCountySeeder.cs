using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// Loads "Demo county" (Demo-hyvinvointialue): two municipalities, the organisations of the model,
/// a professional for every profession and role, and clients on all three paths and in every
/// stage — Matti of seed 000 among them. Every person is fictional and every identity code is a
/// temporary one (individual number 900–999), so no real person can be hit.
/// </summary>
public sealed partial class DemoCountySeeder(AppDbContext db, TimeProvider clock, DemoSettings settings, ILogger<DemoCountySeeder> logger,
    WorkAbility.Web.Features.Assessment.QuestionnaireLibrary questionnaires)
{
    public const string MattiFirstName = "Matti";
    public const string MattiLastName = "Mallikas";
    public const string HelmiFirstName = "Helmi";
    public const string HelmiLastName = "Hitsaaja";

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return;
        }
        var started = clock.GetTimestamp();
        // Tens of thousands of new rows: scanning them all for changes on every Add is what would make loading slow.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        var organisations = DemoCounty.Organisations.ToDictionary(o => o.Key, o => Organisation.Create(o.Name, o.Kind, o.Area, now));
        db.Organisations.AddRange(organisations.Values);

        var professionals = DemoCounty.Staff.ToDictionary(
            s => s.Username,
            s => Professional.Create(organisations[s.Organisation].Id, s.FirstName, s.LastName, s.Username, s.Profession, s.Role, now));
        // Fictional work contacts (the 040 1234 5xx range, a reserved .example domain) so clients see how to reach their people.
        int line = 500;
        foreach (var p in professionals.Values)
        {
            p.SetWorkContact($"040 1234 {line++}", p.Username + "@hyvinvointialue.example");
        }
        db.Professionals.AddRange(professionals.Values);

        var services = DemoServices.All.Select(r => WorkAbility.Domain.Services.CatalogueService.Create(new(r.Name, r.NameSv, null, r.Description,
            null, null, r.Category, r.TargetGroup, r.Entry, organisations[r.ProviderKey].Id, organisations[r.ProviderKey].Name, r.Contact, r.Area), now)).ToList();
        foreach (var service in services)
        {
            if (DemoServices.UnitCosts.TryGetValue(service.Name, out var price))
            {
                service.SetUnitCost(price.Cost, price.Unit);
            }
        }
        DemoNetwork.TellCapacities(services, professionals.Values, now);
        db.Services.AddRange(services);
        // The county's organisations and people are stored first: notices raised by the history are addressed to them.
        await db.SaveChangesAsync(ct);

        var codes = new DemoIdentityCodes(seed: 2026);
        var soteEsikyla = organisations["sote-esikyla"];
        var soteMallila = organisations["sote-mallila"];
        var nurse = professionals["hanna.hoitaja"];

        // Matti (seed 000): unemployed, has just contacted the sote-centre about a prolonged flu.
        var matti = Client.Register(codes.Next(new DateOnly(1989, 5, 14)).Value, MattiFirstName, MattiLastName,
            DemoCounty.Esikyla, "040 000 0001", "matti.demo@example.org", now.AddDays(-2), soteEsikyla.Id);
        // The story clients chose to hear of new messages and meetings by e-mail (F40).
        matti.ChooseNoticeChannels(email: true, sms: false);
        db.Clients.Add(matti);
        var mattiCase = SupportCase.Open(matti.Id, ServicePath.Unemployed, CaseStage.SeekingService, soteEsikyla.Id, nurse.Id, now.AddDays(-1));
        db.SupportCases.Add(mattiCase);
        // What Matti already has: the employment services' contact and Kela's unemployment benefit (F5).
        var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
        db.ExistingServices.Add(ExistingService.Record(matti.Id, ExistingServiceKind.Employment, "Esikylän työllisyyspalvelut", null, "Teemu Työllisyys",
            "040 555 0110", today.AddMonths(-7), null, "Työnhaku voimassa; työnhakukeskustelu kuukausittain.", nurse.Id, now.AddDays(-1)));
        db.ExistingServices.Add(ExistingService.Record(matti.Id, ExistingServiceKind.Kela, "Kela, työttömyysturva", null, null, "Kelan palvelunumero",
            today.AddMonths(-7), null, null, nurse.Id, now.AddDays(-1)));

        // Helmi (seed 004, the occupational health path): a welder whose employment is ending. Her
        // occupational health unit holds overall responsibility; she has consented to the county
        // sote-centre receiving her data, so OH can hand her over to the work ability coordinator.
        var oh = organisations["tyoterveys"];
        var ohNurse = professionals["terhi.tyoterveys"];
        var helmi = Client.Register(codes.Next(new DateOnly(1971, 3, 8)).Value, HelmiFirstName, HelmiLastName,
            DemoCounty.Esikyla, "040 000 0002", "helmi.demo@example.org", now.AddDays(-40), oh.Id);
        helmi.ChooseNoticeChannels(email: true, sms: false);
        db.Clients.Add(helmi);
        var helmiCase = SupportCase.Open(helmi.Id, ServicePath.EmployedWithOccupationalHealth, CaseStage.NeedAssessment, oh.Id, ohNurse.Id, now.AddDays(-40));
        helmiCase.TakeOccupationalHealthResponsibility(oh.Id);
        helmiCase.Record(CaseEventKind.EarlySupportDiscussion, ohNurse.Id, now.AddDays(-35),
            new CaseEventDetail.Text("Varhaisen tuen keskustelu esihenkilön kanssa: kevennetty työ kuukaudeksi, hitsaus vain istuen."));
        // The work ability negotiation that followed (F34): modified work and a date to look at it again.
        var negotiation = WorkAbilityNegotiation.Record(helmiCase.Id, WorkAbility.Domain.Common.FinnishCalendar.DateOf(now.AddDays(-21)),
            [new(NegotiationRole.Employee, HelmiFirstName + " " + HelmiLastName), new(NegotiationRole.EmployerRepresentative, "Työnjohtaja Veli Valimo"),
             new(NegotiationRole.OhPhysician, "Tuomas Työterveys"), new(NegotiationRole.OhNurse, "Terhi Työterveys")],
            AgreedMeasures.WorkModifications | AgreedMeasures.PartialSickLeave,
            "Hitsaus vain istuen, ei nostoja yli 10 kg; osasairauspäiväraha 50 % kuudeksi viikoksi.",
            WorkAbility.Domain.Common.FinnishCalendar.DateOf(now.AddDays(14)), ohNurse.Id, now.AddDays(-21));
        db.WorkAbilityNegotiations.Add(negotiation);
        db.FollowUpDues.Add(WorkAbility.Domain.FollowUp.FollowUpDue.On(helmiCase.Id, negotiation.FollowUpOn));
        helmiCase.Record(CaseEventKind.WorkAbilityNegotiationHeld, ohNurse.Id, now.AddDays(-21));
        db.SupportCases.Add(helmiCase);
        db.ExistingServices.Add(ExistingService.Record(helmi.Id, ExistingServiceKind.OccupationalHealth, "Demo-alueen työterveyshuolto", null, "Terhi Työterveys",
            "040 555 0130", null, null, null, ohNurse.Id, now.AddDays(-40)));
        db.Consents.Add(WorkAbility.Domain.Consents.Consent.Record(helmi.Id, [soteEsikyla.Id],
            WorkAbility.Domain.Consents.DataCategory.HealthData | WorkAbility.Domain.Consents.DataCategory.SocialWelfareData | WorkAbility.Domain.Consents.DataCategory.EmploymentData,
            "Siirto hyvinvointialueen työkykykoordinaattorille työsuhteen päättyessä", null,
            WorkAbility.Domain.Common.FinnishCalendar.DateOf(now.AddDays(-30)).AddYears(1),
            WorkAbility.Domain.Consents.ConsentGivenAs.ElectronicConfirmation, null, ohNurse.Id, now.AddDays(-30)));

        var history = new DemoHistory(db, new DemoHistory.People(organisations, professionals, services, codes), now, seed: 2026,
            selfAssessment: questionnaires.SelfAssessment);
        int generated = history.Generate(settings.HistoryClients);
        DemoCoordinatorReferrals.Add(db, organisations, professionals, codes, matti, now);
        DemoNetwork.AskOccupationalHealth(db, organisations, professionals, codes, now);
        DemoResidents.Add(db, now);
        db.ChangeTracker.DetectChanges();
        if (settings.AccessHistory)
        {
            var byId = professionals.Values.ToDictionary(p => p.Id);
            db.AccessLog.AddRange(DemoAccessHistory.For(db.ChangeTracker.Entries<SupportCase>().Select(e => e.Entity), byId));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        LogSeeded(logger, organisations.Count, professionals.Count, generated + 2, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo county loaded: {Organisations} organisations, {Professionals} professionals, {Clients} clients in {Milliseconds} ms.")]
    private static partial void LogSeeded(ILogger logger, int organisations, int professionals, int clients, long milliseconds);
}
