using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The demo network's service levels and its question to occupational health (F41, F42): each provider has told its
/// services' capacity, and the Esikylä coordinator has asked the occupational health unit of an employed client a question
/// still waiting for its answer – all through the domain's rules.
/// </summary>
internal static class DemoNetwork
{
    /// <summary>Each provider's staff told their services' capacity in the last fortnight: most have room, some a waiting list, a few none.</summary>
    public static void TellCapacities(IReadOnlyList<CatalogueService> services, IEnumerable<Professional> staff, DateTimeOffset now)
    {
        var byOrganisation = staff.GroupBy(p => p.OrganisationId).ToDictionary(g => g.Key, g => g.First());
        for (int i = 0; i < services.Count; i++)
        {
            var service = services[i];
            if (service.ProviderOrganisationId is not { } provider || !byOrganisation.TryGetValue(provider, out var teller))
            {
                continue;
            }
            var (capacity, weeks) = (i % 6) switch
            {
                1 => (ServiceCapacity.Waitlist, (int?)(3 + i % 5)),
                3 => (ServiceCapacity.AssessmentRequired, null),
                5 => (i % 4 == 1 ? ServiceCapacity.NoCapacity : ServiceCapacity.Waitlist, i % 4 == 1 ? null : (int?)8),
                _ => (ServiceCapacity.Available, null),
            };
            service.SetCapacity(capacity, weeks, teller.Id, provider, now.AddDays(-(i % 14)).AddHours(-3));
        }
    }

    /// <summary>
    /// Aarne Aihio (seed 004): employed with occupational health, he came to the Esikylä sote-centre himself; the coordinator
    /// took the case and, with his consent naming the unit, asked his occupational health to arrange a work ability negotiation.
    /// </summary>
    public static void AskOccupationalHealth(AppDbContext db, IReadOnlyDictionary<string, Organisation> organisations,
        IReadOnlyDictionary<string, Professional> professionals, DemoIdentityCodes codes, DateTimeOffset now)
    {
        var sote = organisations["sote-esikyla"];
        var oh = organisations["tyoterveys"];
        var nurse = professionals["hanna.hoitaja"];
        var coordinator = professionals["sari.koordinaattori"];
        var client = Client.Register(codes.Next(new DateOnly(1978, 9, 21)).Value, "Aarne", "Aihio", DemoCounty.Esikyla, "040 000 0004", null, now.AddDays(-9), sote.Id);
        db.Clients.Add(client);
        var supportCase = SupportCase.Open(client.Id, ServicePath.EmployedWithOccupationalHealth, CaseStage.SeekingService, sote.Id, nurse.Id, now.AddDays(-9));
        supportCase.AssignCoordinator(coordinator.Id, coordinator.Id, now.AddDays(-7));
        db.SupportCases.Add(supportCase);
        var consentAt = now.AddDays(-6);
        db.Consents.Add(Consent.Record(client.Id, [oh.Id], DataCategory.HealthData | DataCategory.EmploymentData, "Työterveyshuollon työkykyarvio ja työterveysneuvottelu",
            FinnishCalendar.DateOf(consentAt), FinnishCalendar.DateOf(consentAt).AddYears(1), ConsentGivenAs.SignedOnPaper, "Suostumuslomake 4471", coordinator.Id, consentAt));
        supportCase.Record(CaseEventKind.ConsentRecorded, coordinator.Id, consentAt);
        var askedAt = now.AddDays(-5);
        var question = OhQuestion.Ask(supportCase.Id, oh.Id, OhQuestionKind.ArrangeNegotiation,
            "Sairauspoissaolo on jatkunut viisi viikkoa selkäkipujen vuoksi. Voisitteko järjestää työterveysneuvottelun ja arvioida, onko kevennetty työ mahdollinen?",
            coordinator.Id, askedAt);
        db.OhQuestions.Add(question);
        supportCase.Record(CaseEventKind.OhQuestionAsked, coordinator.Id, askedAt, new CaseEventDetail.Text(oh.Name));
        supportCase.Tell(WhoIsTold.OhQuestionAsked(supportCase.Id, question.Id, oh.Id, askedAt));
    }
}
