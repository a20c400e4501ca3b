using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// What the FHIR boundary says about one client: the person, their current (or latest) case with
/// its team, plan, consents and referrals, and – where the reader may see health data – their
/// self-assessments and external measures, with the organisations, professionals and services the
/// record points to. Loaded once, through the access door, and mapped from memory.
/// </summary>
public sealed record ClientRecord(
    Client Client,
    SupportCase? Case,
    CaseTeam? Team,
    SupportPlan? Plan,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<ExternalMeasure> Measures,
    IReadOnlyList<SelfAssessment> SelfAssessments,
    IReadOnlyDictionary<Guid, Organisation> Organisations,
    IReadOnlyDictionary<Guid, Professional> Professionals,
    IReadOnlyDictionary<Guid, CatalogueService> Services);

/// <summary>Loads a <see cref="ClientRecord"/>: for a reader through the access door (logged), or for the system's own delivery.</summary>
public sealed class ClientRecords(AppDbContext db, ClientAccess access)
{
    /// <summary>Decides and logs the read first (a denial is "not found"), then loads what the decision lets the reader see.</summary>
    public async Task<ClientRecord> Read(Guid clientId, string resource, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, resource, ct);
        return await Load(client, access.MayShow(clientId, DataCategory.HealthData), ct);
    }

    /// <summary>The record as the system itself holds it (no reader): for documents the product sends on its own, e.g. to Kanta.</summary>
    public async Task<ClientRecord?> ForSystem(Guid clientId, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, ct);
        return client is null ? null : await Load(client, true, ct);
    }

    private async Task<ClientRecord> Load(Client client, bool healthData, CancellationToken ct)
    {
        var clientId = client.Id;
        var supportCase = await Features.Shared.CurrentCase.Of(db, clientId, ct);
        var team = supportCase is null ? null
            : await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        var plan = supportCase is null ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderBy(c => c.RecordedAt).ToListAsync(ct);
        var referrals = supportCase is null ? []
            : await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id).OrderBy(r => r.SentAt).ToListAsync(ct);
        var measures = healthData
            ? await db.ExternalMeasures.AsNoTracking().Where(m => m.ClientId == clientId).OrderBy(m => m.MeasuredOn).ToListAsync(ct)
            : [];
        var selfAssessments = healthData
            ? await db.SelfAssessments.AsNoTracking().Where(s => s.ClientId == clientId).OrderBy(s => s.FilledAt).ToListAsync(ct)
            : [];

        var professionalIds = new HashSet<Guid>();
        if (supportCase is { CoordinatorId: { } coordinator })
        {
            professionalIds.Add(coordinator);
        }
        if (team is not null)
        {
            professionalIds.UnionWith(team.Members.Select(m => m.ProfessionalId));
            professionalIds.Add(team.CaseManagerId);
        }
        if (plan is not null)
        {
            professionalIds.Add(plan.SavedById);
            professionalIds.UnionWith(plan.Content.Actions.Select(a => a.ResponsibleProfessionalId).OfType<Guid>());
        }
        professionalIds.UnionWith(consents.Select(c => c.RecordedById));
        professionalIds.UnionWith(referrals.Select(r => r.SentById));
        professionalIds.UnionWith(measures.Select(m => m.RecordedById));
        professionalIds.UnionWith(selfAssessments.Select(s => s.ProfessionalId).OfType<Guid>());
        var professionals = await db.Professionals.AsNoTracking().Where(p => professionalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);

        var serviceIds = referrals.Select(r => r.ServiceId).Concat(plan?.Content.Actions.Select(a => a.ServiceId).OfType<Guid>() ?? []).ToHashSet();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var organisationIds = professionals.Values.Select(p => p.OrganisationId)
            .Concat(consents.SelectMany(c => c.OrganisationIds))
            .Concat(referrals.Select(r => r.ToOrganisationId))
            .Concat(plan?.Content.Actions.Select(a => a.ResponsibleOrganisationId).OfType<Guid>() ?? [])
            .Concat(supportCase is null ? [] : [supportCase.OpenedAtOrganisationId])
            .ToHashSet();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return new ClientRecord(client, supportCase, team, plan, consents, referrals, measures, selfAssessments, organisations, professionals, services);
    }
}
