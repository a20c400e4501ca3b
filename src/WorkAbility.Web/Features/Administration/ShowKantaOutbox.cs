using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Integrations;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The state of the plan archiving outbox for administrators: whether it is on and where it sends,
/// how many documents wait, were delivered or were given up, and the latest ones with their
/// attempts and the receiver's last answer – by plan version, never by client.
/// </summary>
public static class ShowKantaOutbox
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, int PlanVersion, DateTimeOffset QueuedAt, DeliveryStatus Status, int Attempts, DateTimeOffset NextAttemptAt,
        DateTimeOffset? LastAttemptAt, string? LastError, DateTimeOffset? DeliveredAt);

    public sealed record View(bool Enabled, string? Endpoint, int Pending, int Delivered, int GivenUp, DateTimeOffset? OldestPendingSince,
        IReadOnlyList<Row> Latest, DeliveryStatus? Filter);

    public sealed class Handler(AppDbContext db, KantaSettings settings)
    {
        public async Task<View> Handle(DeliveryStatus? status, CancellationToken ct)
        {
            var counts = await db.PlanDocumentDeliveries.AsNoTracking().GroupBy(d => d.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var oldest = await db.PlanDocumentDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending)
                .OrderBy(d => d.QueuedAt).Select(d => (DateTimeOffset?)d.QueuedAt).FirstOrDefaultAsync(ct);
            var rows = db.PlanDocumentDeliveries.AsNoTracking();
            if (status is { } only)
            {
                rows = rows.Where(d => d.Status == only);
            }
            var latest = await (from d in rows
                                join v in db.PlanVersions on d.PlanVersionId equals v.Id
                                orderby d.QueuedAt descending
                                select new Row(d.Id, v.Number, d.QueuedAt, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.LastError, d.DeliveredAt))
                .Take(PageSize).ToListAsync(ct);
            // The address is shown without user info or query, which may carry secrets.
            var endpoint = Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var uri)
                ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
                : null;
            return new View(settings.Enabled, endpoint, counts.GetValueOrDefault(DeliveryStatus.Pending), counts.GetValueOrDefault(DeliveryStatus.Delivered),
                counts.GetValueOrDefault(DeliveryStatus.GivenUp), oldest, latest, status);
        }
    }
}
