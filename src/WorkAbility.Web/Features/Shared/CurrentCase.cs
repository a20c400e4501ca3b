using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;

namespace WorkAbility.Web.Features.Shared;

/// <summary>The case a client's record is read by: the active one, or else the latest ended one (so how support ended still shows).</summary>
public static class CurrentCase
{
    public static async Task<SupportCase?> Of(AppDbContext db, Guid clientId, CancellationToken ct) =>
        await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
        ?? await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
}
