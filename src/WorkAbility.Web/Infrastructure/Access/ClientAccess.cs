using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Web.Infrastructure.Auth;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>The client does not exist or the caller may not see them; both look the same (404).</summary>
public sealed class ClientNotFoundException() : Exception("Client not found.");

/// <summary>
/// What the write door opened, and what its decision read: who acts, the client, their active case
/// (tracked, with its timeline), the case's team (tracked; none before it is formed) and the
/// consent facts. A handler changes these and saves; it never reads them again.
/// </summary>
public sealed record CaseForWrite(Actor Actor, Client Client, SupportCase Case, WorkAbility.Domain.Teams.CaseTeam? Team, ClientAccessFacts Facts)
{
    public Guid ProfessionalId => Actor.ProfessionalId!.Value;

    public WorkAbility.Domain.Teams.CaseTeam RequireTeam() => Team ?? throw new WorkAbility.Domain.Common.DomainRuleException("team_not_formed");
}

/// <summary>
/// The one door to client data. Every use case that reads or writes a client goes through here:
/// it decides with <see cref="AccessPolicy"/>, writes one access-log entry per client touched
/// (allowed or denied) before anything is returned, and answers "not found" for a denial.
/// </summary>
public sealed class ClientAccess(AppDbContext db, AccessLogWriter log, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>This request's allowed decisions, by client: which data categories may be shown (F11).</summary>
    private readonly Dictionary<Guid, AccessDecision> allowed = [];

    /// <summary>This request's consent facts, by client, as the access decision read them.</summary>
    private readonly Dictionary<Guid, ClientAccessFacts> facts = [];

    /// <summary>
    /// This request's granted single-client decisions: a page that posts and re-renders, or a
    /// handler that reads after it wrote, reuses the decision (no second decision, no second entry).
    /// </summary>
    private readonly Dictionary<Guid, (Client Client, AccessAction Action)> granted = [], grantedMessages = [];

    /// <summary>The change a posted form leads to (see <see cref="ExpectWrite"/>).</summary>
    private (string Resource, AccessAction Action)? expectedWrite;

    public Actor Actor => http.HttpContext?.User.ToActor() ?? Actor.Anonymous;

    /// <summary>
    /// A posted page reads the client before its handler changes them. The read is then decided
    /// and logged as the change (<paramref name="resource"/>), and the handler's door reuses that
    /// decision: one request, one decision, one access-log entry.
    /// </summary>
    public void ExpectWrite(string resource, AccessAction action = AccessAction.Update) => expectedWrite = (resource, action);

    /// <summary>
    /// The caller as a professional; anyone else is answered "not found", as for a client they may
    /// not see. Recording client data (concerns, cases, assessments) is professionals' work.
    /// </summary>
    public Actor RequireProfessional()
    {
        var actor = Actor;
        return actor.Kind is ActorKind.Professional ? actor : throw new ClientNotFoundException();
    }

    /// <summary>
    /// The signed-in client's own id, for the client's own pages and <c>/api/me</c>; anyone else is
    /// answered "not found". Reads still go through the door (and the log) with this id.
    /// </summary>
    public Guid OwnClientId() =>
        Actor is { Kind: ActorKind.Client, ClientId: { } id } ? id : throw new ClientNotFoundException();

    /// <summary>Loads a client for reading; logs the read (or the denial) first.</summary>
    public Task<Client> ReadClient(Guid clientId, string resource, CancellationToken ct) =>
        Authorise(clientId, AccessAction.Read, resource, ct);

    /// <summary>Authorises changing a client's data that is not their active case (consents, a referral, reopening); logs the attempt first.</summary>
    public Task<Client> LoadClientForWrite(Guid clientId, string resource, CancellationToken ct) =>
        Authorise(clientId, AccessAction.Update, resource, ct);

    /// <summary>
    /// The one door for changing a client's active case: the caller must be a professional, the
    /// access decision is made and logged once, and the case, its team and the decision's facts are
    /// returned; no active case is the one <c>no_active_case</c>.
    /// </summary>
    public async Task<CaseForWrite> LoadCaseForWrite(Guid clientId, string resource, CancellationToken ct, AccessAction action = AccessAction.Update)
    {
        var actor = RequireProfessional();
        var client = await Authorise(clientId, action, resource, ct);
        var supportCase = await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new WorkAbility.Domain.Common.DomainRuleException("no_active_case");
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        return new CaseForWrite(actor, client, supportCase, team, facts[clientId]);
    }

    /// <summary>Authorises adding a record (a concern, a case) to a client's data; logs it first.</summary>
    public Task<Client> AuthoriseCreate(Guid clientId, string resource, CancellationToken ct) =>
        Authorise(clientId, AccessAction.Create, resource, ct);

    /// <summary>Logs the creation of a client record by the current actor.</summary>
    public Task LogCreated(Guid clientId, string resource, CancellationToken ct) =>
        log.AppendAsync(Actor, [new AccessRecord(clientId, AccessAction.Create, resource, nameof(AccessBasis.IntakeOrganisation), true)], ct);

    /// <summary>
    /// Logs what is done with a person through a referral to the work ability coordinator (F31): the
    /// receiving coordinator matching it to a client or taking it on, the sender reading its status.
    /// The referral itself is the ground (it rests on the person's consent); the client sees these
    /// entries on their own access log like any other.
    /// </summary>
    public Task LogThroughCoordinatorReferral(IReadOnlyCollection<Guid> clientIds, AccessAction action, string resource, CancellationToken ct) =>
        log.AppendAsync(Actor, clientIds.Distinct().Select(id => new AccessRecord(id, action, resource, nameof(AccessBasis.CoordinatorReferral), true)).ToList(),
            ct, beforeShowing: action is AccessAction.Read or AccessAction.Search);

    /// <summary>
    /// Whether data of <paramref name="category"/> about a client already authorised in this request
    /// may be shown: always within the holding organisation, across organisations only when the
    /// client's consent covers it.
    /// </summary>
    public bool MayShow(Guid clientId, WorkAbility.Domain.Consents.DataCategory category) =>
        allowed.TryGetValue(clientId, out var decision) && decision.MayShow(category);

    /// <summary>
    /// The relationship and consent facts the access decision read, for a client already
    /// authorised in this request: use cases reuse them instead of reading cases and teams again.
    /// </summary>
    public ClientAccessFacts FactsOf(Guid clientId) => facts[clientId];

    /// <summary>Whether a valid consent names any organisation, for a client already authorised in this request.</summary>
    public bool HasValidConsent(Guid clientId) =>
        facts.TryGetValue(clientId, out var f) && f.OrganisationsWithValidConsent.Count > 0;

    /// <summary>
    /// What the client's valid consent lets <paramref name="organisationId"/> receive, for a client
    /// already authorised in this request (None when no valid consent names it): a referral or a
    /// handover to another organisation asks this instead of reading the consents again.
    /// </summary>
    public WorkAbility.Domain.Consents.DataCategory ConsentedCategories(Guid clientId, Guid organisationId) =>
        facts.TryGetValue(clientId, out var f) && f.OrganisationsWithValidConsent.Contains(organisationId)
            ? f.CategoriesFor(organisationId)
            : WorkAbility.Domain.Consents.DataCategory.None;

    /// <summary>
    /// Every read of a client starts here: compiled once, so the query is not translated again on each read
    /// (bench/DataLayerBenchmarks: 1.02× a raw Npgsql read against 1.17× for the same LINQ translated per call).
    /// A compiled query keeps the first model it meets, so each provider has its own.
    /// </summary>
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Client?>> ClientById = CompileClientById(), SqliteClientById = CompileClientById();

    private static Func<AppDbContext, Guid, CancellationToken, Task<Client?>> CompileClientById() =>
        EF.CompileAsyncQuery((AppDbContext context, Guid id, CancellationToken ct) => context.Clients.AsNoTracking().SingleOrDefault(c => c.Id == id));

    /// <summary>How many matches a search reads at most before it orders them; more than this and the searcher is asked to narrow it.</summary>
    public const int SearchReach = 200;

    /// <summary>A search's result: the clients shown, by name, and how many matched (at most <see cref="SearchReach"/>; <c>More</c> when there were more).</summary>
    public sealed record SearchResult(IReadOnlyList<Client> Clients, int Matched, bool More);

    /// <summary>
    /// Searches clients by name or exact identity code among those the caller may see; logs one
    /// entry per client shown. Candidates are narrowed in SQL by relationship, then each is
    /// decided by the policy so consent rules apply exactly as for a single read. A common name in a
    /// national register matches tens of thousands: the search reads at most <see cref="SearchReach"/>
    /// matches (in whatever order the name index yields them), orders those by name and shows the first
    /// <paramref name="limit"/>, and says when there were more, so its cost follows what it shows.
    /// </summary>
    public async Task<SearchResult> Search(string? query, int limit, CancellationToken ct)
    {
        var actor = Actor;
        if (actor.Kind is not (ActorKind.Professional or ActorKind.Client))
        {
            return new SearchResult([], 0, false);
        }
        var clients = db.Clients.AsNoTracking();
        if (actor.Kind is ActorKind.Client)
        {
            clients = clients.Where(c => c.Id == actor.ClientId);
        }
        else
        {
            var me = actor.ProfessionalId;
            var org = actor.OrganisationId;
            clients = clients.Where(c => c.RegisteredAtOrganisationId == org ||
                db.SupportCases.Any(s => s.ClientId == c.Id && (s.OpenedAtOrganisationId == org || s.CoordinatorId == me || s.HandedOverToOrganisationId == org ||
                    db.TeamMemberships.Any(m => m.SupportCaseId == s.Id && m.ProfessionalId == me && m.LeftAt == null) ||
                    db.Referrals.Any(r => r.SupportCaseId == s.Id && r.ToOrganisationId == org && WorkAbility.Domain.Referrals.ReferralTransitions.OpenStatuses.Contains(r.Status)) ||
                    db.CaseConsultations.Any(k => k.SupportCaseId == s.Id && k.ToOrganisationId == org && k.AnsweredAt == null))));
        }
        var text = query?.Trim() ?? string.Empty;
        if (WorkAbility.Domain.Common.TextRules.HasControlCharacters(text))
        {
            // No name or identity code holds a control character (and PostgreSQL cannot take a NUL): nobody matches.
            return new SearchResult([], 0, false);
        }
        if (PersonalIdentityCode.TryParse(text, out var code))
        {
            clients = clients.Where(c => c.PersonalIdentityCode == code);
        }
        else if (text.Length > 0)
        {
            clients = clients.WhereNameContains(text, db.Database.IsNpgsql());
        }
        var matched = await clients.Select(c => new { c.Id, c.RegisteredAtOrganisationId, c.LastName, c.FirstName }).Take(SearchReach + 1).ToListAsync(ct);
        // The count is of people the searcher may open: every match is decided (nothing logged for those not shown),
        // so a relationship without a consent is neither shown nor counted.
        var reach = matched.Take(SearchReach).ToList();
        var decided = await LoadFacts(reach.Select(c => (c.Id, c.RegisteredAtOrganisationId)).ToList(), ct);
        var open = reach.Where(c => AccessPolicy.Decide(actor, decided[c.Id]).Allowed).ToList();
        var shownIds = open.OrderBy(c => c.LastName, StringComparer.Ordinal).ThenBy(c => c.FirstName, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Take(limit).Select(c => c.Id).ToList();
        var candidates = await db.Clients.AsNoTracking().Where(c => shownIds.Contains(c.Id))
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).ToListAsync(ct);
        var visible = await Visible(candidates.Select(c => (c.Id, c.RegisteredAtOrganisationId)).ToList(), "client.search", ct);
        return new SearchResult(candidates.Where(c => visible.Contains(c.Id)).ToList(), open.Count, matched.Count > SearchReach);
    }

    /// <summary>
    /// Of the listed clients, those the caller may see; writes one access-log entry per client
    /// that will be shown (lists show nothing of the others and log nothing of them).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> Visible(IReadOnlyList<(Guid Id, Guid? RegisteredAt)> clients, string resource, CancellationToken ct)
    {
        var actor = Actor;
        var facts = await LoadFacts(clients, ct);
        var shown = new HashSet<Guid>();
        var records = new List<AccessRecord>();
        foreach (var (id, _) in clients)
        {
            var decision = AccessPolicy.Decide(actor, facts[id]);
            if (decision.Allowed && shown.Add(id))
            {
                allowed[id] = decision;
                this.facts[id] = facts[id];
                records.Add(new AccessRecord(id, AccessAction.Search, resource, decision.Basis.ToString()!, true));
            }
        }
        await log.AppendAsync(actor, records, ct);
        return shown;
    }

    /// <summary>
    /// Of the listed clients, those the caller could open now, decided by the same policy as every read but showing and
    /// logging nothing: a link (a notice, a suggestion) is offered only where it leads to a page the reader may open.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> MayOpen(IReadOnlyList<(Guid Id, Guid? RegisteredAt)> clients, CancellationToken ct)
    {
        if (clients.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var actor = Actor;
        var decided = await LoadFacts(clients.DistinctBy(c => c.Id).ToList(), ct);
        return decided.Where(d => AccessPolicy.Decide(actor, d.Value).Allowed).Select(d => d.Key).ToHashSet();
    }

    /// <summary>
    /// Opens what only those taking part in the client's case share with the client (F40: message threads, the client's tasks)
    /// for reading (<see cref="AccessAction.Read"/>) or writing: decided by <see cref="WorkAbility.Domain.Messages.MessageAccess"/>
    /// — of professionals only those taking part in one of the client's cases — and logged like any read. Returns the client
    /// and the cases whose threads and tasks the caller reads.
    /// </summary>
    public async Task<(Client Client, IReadOnlyList<Guid> CaseIds)> OpenTakingPart(Guid clientId, AccessAction action, string resource, CancellationToken ct)
    {
        var client = await Authorise(clientId, action, resource, ct, WorkAbility.Domain.Messages.MessageAccess.Decide);
        return (client, WorkAbility.Domain.Messages.MessageAccess.CasesTakenPartIn(Actor, facts[clientId]));
    }

    private async Task<Client> Authorise(Guid clientId, AccessAction action, string resource, CancellationToken ct,
        Func<Actor, ClientAccessFacts, AccessDecision>? policy = null)
    {
        bool showsFirst = action == AccessAction.Read;
        if (showsFirst && expectedWrite is { } change)
        {
            (action, resource) = (change.Action, change.Resource);
        }
        // A narrower policy than the usual one keeps its own grants: a grant under the usual policy does not open the messages.
        var grants = policy is null ? granted : grantedMessages;
        if (grants.TryGetValue(clientId, out var earlier) && (action == AccessAction.Read || action == earlier.Action))
        {
            return earlier.Client;
        }
        var actor = Actor;
        var client = await (db.Database.IsSqlite() ? SqliteClientById : ClientById)(db, clientId, ct);
        // The same queries run whether the client exists or not, so a denial cannot be told from a
        // missing client by how long it takes (bench/: ExistenceTiming).
        var clientFacts = (await LoadFacts([(clientId, client?.RegisteredAtOrganisationId)], ct))[clientId];
        var decision = client is null ? AccessDecision.Deny(DenialReason.NoRelationship) : (policy ?? AccessPolicy.Decide)(actor, clientFacts);
        if (client is not null)
        {
            facts[client.Id] = clientFacts;
        }
        await log.AppendAsync(actor, [new AccessRecord(clientId, action, resource,
            decision.Allowed ? decision.Basis.ToString()! : decision.Reason.ToString()!, decision.Allowed)], ct, beforeShowing: showsFirst);
        if (!decision.Allowed || client is null)
        {
            throw new ClientNotFoundException();
        }
        allowed[clientId] = decision;
        grants[clientId] = (client, action);
        return client;
    }

    /// <summary>The relationship facts of several clients in one query (no N+1).</summary>
    private async Task<Dictionary<Guid, ClientAccessFacts>> LoadFacts(IReadOnlyList<(Guid Id, Guid? RegisteredAt)> clients, CancellationToken ct)
    {
        var ids = clients.Select(c => c.Id).ToList();
        var cases = await db.SupportCases.AsNoTracking()
            .Where(s => ids.Contains(s.ClientId))
            .Select(s => new { s.Id, s.ClientId, s.OpenedAtOrganisationId, s.CoordinatorId, s.HandedOverToOrganisationId, s.OccupationalHealthOrganisationId, s.Path })
            .ToListAsync(ct);
        var caseIds = cases.Select(s => s.Id).ToList();
        // One round trip for the case links: providers of open referrals serve the client while the service runs (F18),
        // an expert organisation consulted about the client sees them while the question is open (F35), and the team. The
        // occupational health unit responsible for the case serves it too (after a change of provider, the new one, F42).
        var links = await db.Referrals.AsNoTracking()
            .Where(r => caseIds.Contains(r.SupportCaseId) && WorkAbility.Domain.Referrals.ReferralTransitions.OpenStatuses.Contains(r.Status))
            .Select(r => new { r.SupportCaseId, Member = false, Id = r.ToOrganisationId })
            .Concat(db.CaseConsultations.AsNoTracking()
                .Where(k => caseIds.Contains(k.SupportCaseId) && k.AnsweredAt == null)
                .Select(k => new { k.SupportCaseId, Member = false, Id = k.ToOrganisationId }))
            // The occupational health unit asked a question serves the client while it is open (F42).
            .Concat(db.OhQuestions.AsNoTracking()
                .Where(q => caseIds.Contains(q.SupportCaseId) && q.AnsweredAt == null)
                .Select(q => new { q.SupportCaseId, Member = false, Id = q.ToOrganisationId }))
            .Concat(db.TeamMemberships.AsNoTracking()
                .Where(m => caseIds.Contains(m.SupportCaseId) && m.LeftAt == null)
                .Select(m => new { m.SupportCaseId, Member = true, Id = m.ProfessionalId }))
            .ToListAsync(ct);
        var serving = links.Where(l => !l.Member).ToLookup(l => l.SupportCaseId, l => l.Id);
        var members = links.Where(l => l.Member).ToLookup(l => l.SupportCaseId, l => l.Id);
        // Consents are read on every request, so a withdrawal takes effect on the very next one,
        // in sessions already open too (F11).
        var now = clock.GetUtcNow();
        var consents = (await db.Consents.AsNoTracking()
                .Where(c => ids.Contains(c.ClientId) && c.WithdrawnAt == null)
                .ToListAsync(ct))
            .ToLookup(c => c.ClientId);
        return clients.ToDictionary(c => c.Id, c =>
        {
            var scope = WorkAbility.Domain.Consents.ConsentClock.Scope(consents[c.Id], now);
            return new ClientAccessFacts(c.Id, c.RegisteredAt,
                cases.Where(s => s.ClientId == c.Id)
                    .Select(s => new CaseRelationships(s.OpenedAtOrganisationId, s.CoordinatorId, members[s.Id].ToHashSet(),
                        serving[s.Id].Concat(s.HandedOverToOrganisationId is { } to ? [to] : [])
                            .Concat(s.Path is WorkAbility.Domain.Cases.ServicePath.EmployedWithOccupationalHealth && s.OccupationalHealthOrganisationId is { } oh ? [oh] : [])
                            .ToHashSet(), s.Id))
                    .ToList(),
                scope.Keys.ToHashSet(), scope);
        });
    }
}
