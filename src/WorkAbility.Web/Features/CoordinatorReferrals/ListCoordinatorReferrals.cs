using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>
/// F31: the saatelomakkeet a professional sent (newest first, where each one is — nothing more) and,
/// for a coordinator, those waiting at their sote-centre (oldest first, with the days waited). Both are
/// read a page at a time in SQL.
/// </summary>
public static class ListCoordinatorReferrals
{
    public const int PageSize = 100;

    public sealed record Row(Guid Id, string Person, DateTimeOffset SentAt, CoordinatorReferralStatus Status, DateTimeOffset StatusChangedAt,
        int DaysWaiting, string Organisation, string? Sender, ReferralReturnReason? ReturnReason);

    public sealed record View(IReadOnlyList<Row> Sent, IReadOnlyList<Row> Waiting, bool IsCoordinator);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var me = actor.ProfessionalId!.Value;
            var org = actor.OrganisationId!.Value;
            var now = clock.GetUtcNow();
            var sent = await (from r in db.CoordinatorReferrals.AsNoTracking()
                              where r.SentById == me
                              join o in db.Organisations on r.ToOrganisationId equals o.Id
                              orderby r.SentAt descending
                              select new { r.Id, r.FirstName, r.LastName, r.SentAt, r.Status, r.StatusChangedAt, To = o.Name, r.ReturnReason, r.ClientId })
                .Take(PageSize).ToListAsync(ct);
            // The sender reads only where their own referral is; once it names a client, the client sees that read too.
            await access.LogThroughCoordinatorReferral(sent.Where(r => r.ClientId is not null).Select(r => r.ClientId!.Value).ToList(),
                AccessAction.Search, "coordinator-referral.status", ct);
            bool isCoordinator = actor.Role is StaffRole.Coordinator;
            var waiting = !isCoordinator ? [] : await (from r in db.CoordinatorReferrals.AsNoTracking()
                                                       where r.ToOrganisationId == org &&
                                                             (r.Status == CoordinatorReferralStatus.Sent || r.Status == CoordinatorReferralStatus.Received)
                                                       join o in db.Organisations on r.FromOrganisationId equals (Guid?)o.Id into os
                                                       from o in os.DefaultIfEmpty()
                                                       join p in db.Professionals on r.SentById equals (Guid?)p.Id into ps
                                                       from p in ps.DefaultIfEmpty()
                                                       orderby r.SentAt
                                                       select new { r.Id, r.FirstName, r.LastName, r.SentAt, r.Status, r.StatusChangedAt, From = o == null ? "" : o.Name,
                                                           Sender = p == null ? null : p.FirstName + " " + p.LastName })
                .Take(PageSize).ToListAsync(ct);
            return new View(
                sent.Select(r => new Row(r.Id, r.FirstName + " " + r.LastName, r.SentAt, r.Status, r.StatusChangedAt, 0, r.To, null, r.ReturnReason)).ToList(),
                waiting.Select(r => new Row(r.Id, r.LastName + ", " + r.FirstName, r.SentAt, r.Status, r.StatusChangedAt, DaysBetween(r.SentAt, now), r.From, r.Sender, null)).ToList(),
                isCoordinator);
        }
    }

    public static int DaysBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)(to - from).TotalDays);

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .Produces<View>().WithSummary("The saatelomakkeet I sent (status only) and, for a coordinator, those waiting at my sote-centre, oldest first");
}
