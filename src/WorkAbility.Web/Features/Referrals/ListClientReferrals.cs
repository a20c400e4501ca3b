using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>F18: the referrals of the client's latest case, for the plan and the team.</summary>
public static class ListClientReferrals
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<ReferralView>> Handle(Guid clientId, string language, CancellationToken ct)
        {
            await access.ReadClient(clientId, "referral.list", ct);
            var caseId = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            return caseId is null ? [] : await ReferralReads.Views(db, db.Referrals.Where(r => r.SupportCaseId == caseId), language, ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/referrals", async (Guid clientId, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(clientId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)));
}
