using WorkAbility.Domain.Clients;

namespace WorkAbility.Web.Features.Shared;

/// <summary>A service or contact the client already has, as the pages and the API show it (F5, F32).</summary>
public sealed record ExistingServiceView(Guid Id, ExistingServiceKind Kind, string Organisation, Guid? ServiceId, string? ContactPerson,
    string? Contact, DateOnly? Since, DateOnly? Until, string? Note, bool Current, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Reads a client's existing services for a reader already let in by the access door: only what their consent shows, and how many it hides.</summary>
public static class ExistingServiceReads
{
    public static async Task<(IReadOnlyList<ExistingServiceView> Shown, int Hidden)> ForClient(WorkAbility.Data.AppDbContext db,
        WorkAbility.Web.Infrastructure.Access.ClientAccess access, Guid clientId, DateOnly today, CancellationToken ct)
    {
        var all = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.ExistingServices).Where(s => s.ClientId == clientId)
                .Join(db.Professionals, s => s.RecordedById, p => p.Id, (s, p) => new { s, By = p.FirstName + " " + p.LastName }), ct);
        var shown = all.Where(x => access.MayShow(clientId, x.s.Category)).ToList();
        return (shown
            .OrderByDescending(x => x.s.IsCurrentOn(today)).ThenBy(x => x.s.Kind).ThenBy(x => x.s.Organisation, StringComparer.CurrentCulture)
            .Select(x => new ExistingServiceView(x.s.Id, x.s.Kind, x.s.Organisation, x.s.ServiceId, x.s.ContactPerson, x.s.Contact, x.s.Since,
                x.s.Until, x.s.Note, x.s.IsCurrentOn(today), x.By, x.s.RecordedAt)).ToList(), all.Count - shown.Count);
    }
}
