using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>F41: the referrals made outside the network in the client's latest case, waiting ones first; one access-log entry.</summary>
public static class ListExternalReferrals
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<ExternalReferralView>> Handle(Guid clientId, CancellationToken ct)
        {
            await access.ReadClient(clientId, "external-referral.list", ct);
            return await ReferralReads.External(db, clientId, ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/external-referrals", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)))
            .WithSummary("Referrals made outside the network in the client's latest case, waiting ones first");
}
