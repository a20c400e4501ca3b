using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>
/// F11: the client's consent to cross-sector work, recorded, narrowed and withdrawn. A change that
/// takes organisations or data away notifies those organisations' team members in the app; the
/// access policy reads consents on every request, so the change applies at once.
/// </summary>
public sealed class ClientConsents(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public sealed class RecordRequest
    {
        public List<Guid> OrganisationIds { get; set; } = [];
        public List<DataCategory> Categories { get; set; } = [];
        public string? Purpose { get; set; }
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public ConsentGivenAs? GivenAs { get; set; }
        public string? DocumentReference { get; set; }
    }

    public sealed class NarrowRequest
    {
        public List<Guid> OrganisationIds { get; set; } = [];
        public List<DataCategory> Categories { get; set; } = [];
    }

    public sealed record WithdrawRequest(string? Note);

    public sealed record ConsentView(Guid Id, IReadOnlyList<OrganisationName> Organisations, IReadOnlyList<DataCategory> Categories, string Purpose,
        DateOnly ValidFrom, DateOnly ValidUntil, ConsentGivenAs GivenAs, string? DocumentReference, string RecordedBy, DateTimeOffset RecordedAt,
        DateTimeOffset? NarrowedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalNote, bool ValidNow);

    public sealed record OrganisationName(Guid Id, string Name);

    public sealed record PageData(string ClientName, IReadOnlyList<ConsentView> Consents, IReadOnlyList<OrganisationName> Organisations);

    public async Task<PageData> Page(Guid clientId, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "consent.list", ct);
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationName(o.Id, o.Name)).ToListAsync(ct);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var recorderIds = consents.Select(c => c.RecordedById).Distinct().ToList();
        var people = await db.Professionals.AsNoTracking().Where(p => recorderIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        return new PageData(client.FullName, consents.Select(c => new ConsentView(c.Id,
            c.OrganisationIds.Select(o => new OrganisationName(o, names.GetValueOrDefault(o, ""))).ToList(),
            DataCategories.Each.Where(x => c.Categories.HasFlag(x)).ToList(), c.Purpose, c.ValidFrom, c.ValidUntil, c.GivenAs,
            c.DocumentReference, people.GetValueOrDefault(c.RecordedById, ""), c.RecordedAt, c.NarrowedAt, c.WithdrawnAt, c.WithdrawalNote,
            c.IsValidAt(now))).ToList(), organisations);
    }

    public async Task<Guid> Record(Guid clientId, RecordRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.AuthoriseCreate(clientId, "consent", ct);
        var known = await KnownOrganisations(request.OrganisationIds, ct);
        var now = clock.GetUtcNow();
        var consent = Consent.Record(clientId, known, DataCategories.Combine(request.Categories), request.Purpose, request.ValidFrom,
            request.ValidUntil, request.GivenAs, request.DocumentReference, actor.ProfessionalId!.Value, now);
        db.Consents.Add(consent);
        (await ActiveCase(clientId, ct))?.Record(CaseEventKind.ConsentRecorded, actor.ProfessionalId, now);
        await db.SaveChangesAsync(ct);
        return consent.Id;
    }

    public async Task Narrow(Guid clientId, Guid consentId, NarrowRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "consent.narrow", ct);
        var consent = await Load(clientId, consentId, ct);
        var now = clock.GetUtcNow();
        var affected = consent.Narrow(request.OrganisationIds, DataCategories.Combine(request.Categories), now);
        var supportCase = await ActiveCase(clientId, ct);
        supportCase?.Record(CaseEventKind.ConsentNarrowed, actor.ProfessionalId, now);
        await Notify(supportCase, affected, NotificationKind.ConsentNarrowed, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Withdrawn by the client themselves (signed in) or recorded by a professional.</summary>
    public async Task Withdraw(Guid clientId, Guid consentId, WithdrawRequest request, CancellationToken ct)
    {
        var actor = access.Actor;
        if (actor.Kind is not (ActorKind.Professional or ActorKind.Client))
        {
            throw new ClientNotFoundException();
        }
        await access.LoadClientForWrite(clientId, "consent.withdraw", ct);
        var consent = await Load(clientId, consentId, ct);
        var now = clock.GetUtcNow();
        consent.Withdraw(actor.ProfessionalId, request.Note, now);
        var supportCase = await ActiveCase(clientId, ct);
        supportCase?.Record(CaseEventKind.ConsentWithdrawn, actor.ProfessionalId, now);
        await Notify(supportCase, consent.OrganisationIds, NotificationKind.ConsentWithdrawn, now, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Consent> Load(Guid clientId, Guid consentId, CancellationToken ct) =>
        await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.ClientId == clientId, ct)
        ?? throw new DomainRuleException("consent_not_found");

    private Task<SupportCase?> ActiveCase(Guid clientId, CancellationToken ct) =>
        db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);

    private async Task<List<Guid>> KnownOrganisations(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var known = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        if (known.Count != ids.Distinct().Count())
        {
            throw new DomainValidationException([new FieldError("organisationIds", "invalid_choice")]);
        }
        return known;
    }

    /// <summary>Tells the current team members of the named organisations, without naming the client.</summary>
    private async Task Notify(SupportCase? supportCase, IReadOnlyCollection<Guid> organisationIds, NotificationKind kind, DateTimeOffset now, CancellationToken ct)
    {
        if (supportCase is null || organisationIds.Count == 0)
        {
            return;
        }
        var recipients = await db.TeamMemberships.AsNoTracking()
            .Where(m => m.SupportCaseId == supportCase.Id && m.LeftAt == null)
            .Join(db.Professionals, m => m.ProfessionalId, p => p.Id, (m, p) => p)
            .Where(p => organisationIds.Contains(p.OrganisationId))
            .Select(p => p.Id).Distinct().ToListAsync(ct);
        db.Notifications.AddRange(recipients.Select(r => Notification.To(r, kind, supportCase.Id, now)));
    }
}
