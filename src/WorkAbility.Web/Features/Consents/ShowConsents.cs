using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consents;

/// <summary>F11: the client's consents — which organisations, which data, for how long, how given — and whether each is in force.</summary>
public static class ShowConsents
{
    public sealed record ConsentView(Guid Id, IReadOnlyList<OrganisationName> Organisations, IReadOnlyList<DataCategory> Categories, string Purpose,
        DateOnly ValidFrom, DateOnly ValidUntil, ConsentGivenAs GivenAs, string? DocumentReference, string RecordedBy, DateTimeOffset RecordedAt,
        DateTimeOffset? NarrowedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalNote, bool ValidNow)
    {
        /// <summary>Prepared for the client to confirm online and not yet confirmed.</summary>
        public bool AwaitingConfirmation { get; init; }

        /// <summary>When the client confirmed it themselves in their own service.</summary>
        public DateTimeOffset? ConfirmedAt { get; init; }

        /// <summary>The coordinator and team members who would no longer see the client if this consent were withdrawn.</summary>
        public IReadOnlyList<PersonShutOut> WithdrawalShutsOut { get; init; } = [];

        /// <summary>Per organisation the consent names: who would no longer see the client if it were narrowed out.</summary>
        public IReadOnlyDictionary<Guid, IReadOnlyList<PersonShutOut>> RemovalShutsOut { get; init; } = new Dictionary<Guid, IReadOnlyList<PersonShutOut>>();
    }

    /// <summary>Someone working with the client whom a change of consent would shut out; the case manager is marked so a handover can come first.</summary>
    public sealed record PersonShutOut(string Name, string Organisation, bool IsCaseManager);

    public sealed record OrganisationName(Guid Id, string Name);

    public sealed record View(string ClientName, IReadOnlyList<ConsentView> Consents, IReadOnlyList<OrganisationName> Organisations);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "consent.list", ct);
            var now = clock.GetUtcNow();
            var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationName(o.Id, o.Name)).ToListAsync(ct);
            var names = organisations.ToDictionary(o => o.Id, o => o.Name);
            var recorderIds = consents.Select(c => c.RecordedById).Distinct().ToList();
            var people = await db.Professionals.AsNoTracking().Where(p => recorderIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            var working = await WorkingWithClient(clientId, names, ct);
            var facts = access.FactsOf(clientId);
            IReadOnlyList<PersonShutOut> ShutOut(IEnumerable<ConsentReach.ConsentTerms> after) => working.Case is not { } caseId ? [] :
                ConsentReach.LoseSight(facts, caseId, working.People.Select(p => p.Member), after)
                    .Select(m => working.People.First(p => p.Member == m).Person).ToList();
            return new View(client.FullName, consents.Select(c => new ConsentView(c.Id,
                c.OrganisationIds.Select(o => new OrganisationName(o, names.GetValueOrDefault(o, ""))).ToList(),
                DataCategories.Each.Where(x => c.Categories.HasFlag(x)).ToList(), c.Purpose, c.ValidFrom, c.ValidUntil, c.GivenAs,
                c.DocumentReference, people.GetValueOrDefault(c.RecordedById, ""), c.RecordedAt, c.NarrowedAt, c.WithdrawnAt, c.WithdrawalNote,
                c.IsValidAt(now))
            {
                AwaitingConfirmation = c.AwaitingConfirmation,
                ConfirmedAt = c.ConfirmedAt,
                WithdrawalShutsOut = c.IsValidAt(now) ? ShutOut(ConsentReach.AfterWithdrawal(consents, c.Id, now)) : [],
                RemovalShutsOut = c.IsValidAt(now)
                    ? c.OrganisationIds.ToDictionary(o => o, o => ShutOut(ConsentReach.AfterRemoving(consents, c.Id, o, now)))
                    : new Dictionary<Guid, IReadOnlyList<PersonShutOut>>(),
            }).ToList(), organisations);
        }

        private sealed record Working(Guid? Case, IReadOnlyList<(ConsentReach.Member Member, PersonShutOut Person)> People);

        /// <summary>The active case's coordinator and current team members: the people a change of consent can shut out.</summary>
        private async Task<Working> WorkingWithClient(Guid clientId, IReadOnlyDictionary<Guid, string> organisationNames, CancellationToken ct)
        {
            var active = await db.SupportCases.AsNoTracking().Where(SupportCase.ActiveOf(clientId))
                .Select(s => new { s.Id, s.CoordinatorId }).SingleOrDefaultAsync(ct);
            if (active is null)
            {
                return new Working(null, []);
            }
            var caseManager = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == active.Id).Select(t => (Guid?)t.CaseManagerId).SingleOrDefaultAsync(ct);
            var ids = await db.TeamMemberships.AsNoTracking().Where(m => m.SupportCaseId == active.Id && m.LeftAt == null).Select(m => m.ProfessionalId).ToListAsync(ct);
            if (active.CoordinatorId is { } coordinator)
            {
                ids.Add(coordinator);
            }
            var people = await db.Professionals.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.OrganisationId, Name = p.FirstName + " " + p.LastName }).ToListAsync(ct);
            return new Working(active.Id, people.OrderBy(p => p.Name).Select(p => (new ConsentReach.Member(p.Id, p.OrganisationId),
                new PersonShutOut(p.Name, organisationNames.GetValueOrDefault(p.OrganisationId, ""), p.Id == caseManager))).ToList());
        }
    }

    /// <summary>The client's own consents (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapGet("/consents", async (Handler handler, ClientAccess access, CancellationToken ct) =>
            Results.Ok((await handler.Handle(access.OwnClientId(), ct)).Consents)).WithSummary("My consents: organisations, data, validity, how given, in force or not");

    public static void Map(RouteGroupBuilder consents) =>
        consents.MapGet("/", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok((await handler.Handle(clientId, ct)).Consents));
}
