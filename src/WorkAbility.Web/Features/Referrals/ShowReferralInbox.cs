using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F18, F41: the provider's inbox — open referrals to the caller's organisation with the day each is to be answered by, oldest first, a page of
/// <see cref="PageSize"/> at a time: a provider of a large county has thousands open, so the page and its
/// count are read from a partial index of open referrals. Each client shown is checked by the access
/// policy (the consent must name the provider) and logged. A referral whose client the provider may no longer
/// see (the consent was narrowed, withdrawn or ran out while it was open) is still listed — its service, sender
/// and date, never the client — so the count is of rows the reader has and the provider knows to call the sender.
/// </summary>
public static class ShowReferralInbox
{
    public const int PageSize = 50;

    /// <param name="OurServices">The services the caller's organisation provides, with their capacity, for its staff to keep (F41).</param>
    public sealed record View(IReadOnlyList<Row> Rows, int Total, int Page, int Pages, IReadOnlyList<ServiceView> OurServices)
    {
        /// <summary>Continuity plans sent to the caller's organisation when support ended, still to acknowledge (F41): no client data.</summary>
        public IReadOnlyList<ContinuityWaiting> Continuity { get; init; } = [];
    }

    /// <summary>A continuity plan waiting for acknowledgement: which organisation's case ended and when it was sent.</summary>
    public sealed record ContinuityWaiting(Guid Id, string CaseOrganisation, DateTimeOffset SentAt);

    /// <summary>One open referral; <see cref="ClientId"/> and <see cref="ClientName"/> are null when the client's consent no longer covers the provider.</summary>
    /// <param name="RespondBy">The working day by which the provider accepts or declines; <paramref name="Late"/> when that day has passed unanswered.</param>
    public sealed record Row(Guid Id, Guid? ClientId, string? ClientName, string Service, string SentBy, string FromOrganisation, DateTimeOffset SentAt,
        ReferralStatus Status, int DaysWaiting, DateOnly RespondBy, bool Late)
    {
        public bool OutsideConsent => ClientId is null;
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<View> Handle(string language, int page, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var org = actor.OrganisationId!.Value;
            var open = db.Referrals.AsNoTracking().Where(r => r.ToOrganisationId == org).Where(ReferralTransitions.Open);
            int total = await open.CountAsync(ct);
            var paging = Paging.Of(total, page, PageSize);
            var rows = await (from r in open.OrderBy(r => r.SentAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(PageSize)
                              join c in db.SupportCases on r.SupportCaseId equals c.Id
                              join client in db.Clients on c.ClientId equals client.Id
                              join s in db.Services on r.ServiceId equals s.Id
                              join p in db.Professionals on r.SentById equals p.Id
                              join o in db.Organisations on p.OrganisationId equals o.Id
                              orderby r.SentAt, r.Id
                              select new { r.Id, c.ClientId, client.RegisteredAtOrganisationId, client.FirstName, client.LastName, Service = s,
                                  Sender = p.FirstName + " " + p.LastName, From = o.Name, r.SentAt, r.Status, r.RespondBy }).ToListAsync(ct);
            var visible = await access.Visible(rows.Select(r => (r.ClientId, r.RegisteredAtOrganisationId)).Distinct().ToList(), "referral.inbox", ct);
            var now = clock.GetUtcNow();
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(now);
            var ours = (await db.Services.AsNoTracking().Where(s => s.ProviderOrganisationId == org && s.Active).OrderBy(s => s.Name).ToListAsync(ct))
                .Select(s => ServiceView.Of(s, language)).ToList();
            return new View(rows.Select(r => new Row(r.Id, visible.Contains(r.ClientId) ? r.ClientId : null,
                    visible.Contains(r.ClientId) ? r.LastName + ", " + r.FirstName : null, r.Service.NameIn(language), r.Sender, r.From, r.SentAt, r.Status,
                    (int)(now - r.SentAt).TotalDays, r.RespondBy, ReferralServiceLevel.IsLate(r.Status, r.RespondBy, today))).ToList(),
                total, paging.Page, paging.Pages, ours)
            {
                Continuity = await (from h in db.ContinuityHandoffs.AsNoTracking()
                                    where h.OrganisationId == org && h.AcknowledgedAt == null
                                    join c in db.SupportCases on h.SupportCaseId equals c.Id
                                    join o in db.Organisations on c.OpenedAtOrganisationId equals o.Id
                                    orderby h.SentAt
                                    select new ContinuityWaiting(h.Id, o.Name, h.SentAt)).Take(PageSize).ToListAsync(ct),
            };
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("/inbox", async (int? page, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, page ?? 1, ct)))
            .WithSummary("Open referrals to the caller's organisation, oldest first, 50 a page (?page=)");
}
