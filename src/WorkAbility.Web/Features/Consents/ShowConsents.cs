using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
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
    }

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
            return new View(client.FullName, consents.Select(c => new ConsentView(c.Id,
                c.OrganisationIds.Select(o => new OrganisationName(o, names.GetValueOrDefault(o, ""))).ToList(),
                DataCategories.Each.Where(x => c.Categories.HasFlag(x)).ToList(), c.Purpose, c.ValidFrom, c.ValidUntil, c.GivenAs,
                c.DocumentReference, people.GetValueOrDefault(c.RecordedById, ""), c.RecordedAt, c.NarrowedAt, c.WithdrawnAt, c.WithdrawalNote,
                c.IsValidAt(now)) { AwaitingConfirmation = c.AwaitingConfirmation, ConfirmedAt = c.ConfirmedAt }).ToList(), organisations);
        }
    }

    /// <summary>The client's own consents (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapGet("/consents", async (Handler handler, ClientAccess access, CancellationToken ct) =>
            Results.Ok((await handler.Handle(access.OwnClientId(), ct)).Consents)).WithSummary("My consents: organisations, data, validity, how given, in force or not");

    public static void Map(RouteGroupBuilder consents) =>
        consents.MapGet("/", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok((await handler.Handle(clientId, ct)).Consents));
}
