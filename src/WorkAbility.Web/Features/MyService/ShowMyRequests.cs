using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F40: where the person's own requests for support are — sent, received, taken on, or returned with the coordinator's
/// reason — and the municipalities a request can be sent to. Nothing tells whether the person was a client before.
/// </summary>
public static class ShowMyRequests
{
    public const string Resource = "me.request-for-support.status";

    public sealed record Row(Guid Id, DateTimeOffset SentAt, string Municipality, CoordinatorReferralStatus Status, DateTimeOffset StatusChangedAt,
        ReferralReturnReason? ReturnReason, string? ReturnNote);

    public sealed record View(IReadOnlyList<Row> Requests, IReadOnlyList<string> Municipalities, bool Waiting);

    public sealed class Handler(AppDbContext db, ClientAccess access, IHttpContextAccessor http)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var (code, _, _) = await Asker.Of(access, http, Resource, AccessAction.Read, ct);
            var requests = await db.CoordinatorReferrals.AsNoTracking()
                .Where(r => r.PersonalIdentityCode == code.Value && r.SentById == null)
                .OrderByDescending(r => r.SentAt).Take(20)
                .Select(r => new Row(r.Id, r.SentAt, r.Municipality, r.Status, r.StatusChangedAt, r.ReturnReason, r.ReturnNote))
                .ToListAsync(ct);
            var municipalities = await db.CoordinatorRoutes.AsNoTracking().OrderBy(r => r.Municipality).Select(r => r.Municipality).ToListAsync(ct);
            return new View(requests, municipalities,
                requests.Any(r => r.Status is CoordinatorReferralStatus.Sent or CoordinatorReferralStatus.Received));
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapGet("/requests-for-support", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("My own requests for support and where each is, and the municipalities one can be sent to");
}
