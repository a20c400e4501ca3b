using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Notifications;

/// <summary>
/// The signed-in professional's in-app notifications, newest first. They name the case's
/// organisation and coordinator, never the client, so reading them is not a read of client data.
/// </summary>
public static class ListMyNotifications
{
    /// <param name="Link">Where to act on it: the page of the thing it is about, offered only when the reader may open it now.</param>
    public sealed record Item(Guid Id, NotificationKind Kind, DateTimeOffset CreatedAt, bool Read, string CaseOrganisation, string? Coordinator, string? Link)
    {
        /// <summary>The notice would lead to a client's page the reader may no longer open: it says so and links nowhere.</summary>
        public bool AccessLost { get; init; }

        /// <summary>Which referral the notice is about (its service), and the status it has now.</summary>
        public string? Subject { get; init; }
        public WorkAbility.Domain.Referrals.ReferralStatus? SubjectStatus { get; init; }
    }

    /// <summary>The page a notice leads to; the client's pages check access again when opened.</summary>
    public static string? LinkFor(NotificationKind kind, Guid clientId, Guid? subjectId = null) => kind switch
    {
        NotificationKind.ReferralReceived or NotificationKind.ReferralStatusChanged or NotificationKind.ReferralAnswerLate or NotificationKind.ReferralUnanswered
            or NotificationKind.ReferralOverdue when subjectId is { } referral => $"/lahetteet/{referral}",
        NotificationKind.AddedToTeam or NotificationKind.MeetingInvitation or NotificationKind.HandoverProposed or NotificationKind.HandoverAccepted
            or NotificationKind.HandoverRefused or NotificationKind.HandoverLapsed => Paths.Team(clientId),
        NotificationKind.ReferralReceived => "/lahetteet",
        NotificationKind.ReferralStatusChanged => Paths.Referrals(clientId),
        NotificationKind.FollowUpDue => Paths.FollowUp(clientId),
        NotificationKind.ClientTaskDone => Paths.Tasks(clientId),
        NotificationKind.ContinuityNote when subjectId is { } handoff => Paths.Continuity(handoff),
        NotificationKind.ContinuityUnacknowledged => Paths.FollowUp(clientId),
        NotificationKind.OhHandoverReceived or NotificationKind.OhPathLeft or NotificationKind.OhQuestionAsked or NotificationKind.OhQuestionAnswered
            or NotificationKind.OhProviderChanged => Paths.OccupationalHealth(clientId),
        // Those the change leaves with access (the coordinator, the holding organisation) go on to the consents; for those
        // it shut out, the one rule below drops the link and the notice says so.
        NotificationKind.ConsentWithdrawn or NotificationKind.ConsentNarrowed => Paths.Consent(clientId),
        _ => null,
    };

    /// <summary>Notices a page shows, newest first; older ones are on the next pages.</summary>
    public const int PageSize = 100;

    /// <summary>One page of notices and whether older ones follow.</summary>
    public sealed record Page(IReadOnlyList<Item> Items, int Number, bool More);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<Page> Handle(int page, CancellationToken ct)
        {
            if (access.Actor is not { Kind: ActorKind.Professional, ProfessionalId: { } me })
            {
                return new Page([], 1, false);
            }
            page = Math.Clamp(page, 1, 100_000);
            var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Join(db.SupportCases, n => n.SupportCaseId, c => c.Id, (n, c) => new { n, c.OpenedAtOrganisationId, c.CoordinatorId, c.ClientId })
                .Join(db.Organisations, x => x.OpenedAtOrganisationId, o => o.Id, (x, o) => new { x.n, Organisation = o.Name, x.CoordinatorId, x.ClientId })
                .Join(db.Clients, x => x.ClientId, c => c.Id, (x, c) => new { x.n, x.Organisation, x.CoordinatorId, x.ClientId, c.RegisteredAtOrganisationId })
                .ToListAsync(ct);
            // One rule for every kind: a link is offered only to a page the reader may open now. (A continuity note's page
            // opens to the organisation it was sent to whatever the consent says; it shows only what the consent lets it see.)
            var mayOpen = await access.MayOpen(rows.Where(r => LinkFor(r.n.Kind, r.ClientId, r.n.SubjectId) is not null)
                .Select(r => (r.ClientId, r.RegisteredAtOrganisationId)).ToList(), ct);
            var myOrganisation = access.Actor.OrganisationId;
            bool more = rows.Count > PageSize;
            rows = rows.Take(PageSize).ToList();
            var coordinatorIds = rows.Select(r => r.CoordinatorId).OfType<Guid>().Distinct().ToList();
            var names = await db.Professionals.AsNoTracking().Where(p => coordinatorIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            // The referrals the notices are about, by their service: a name from the catalogue, not client data.
            var subjectIds = rows.Select(r => r.n.SubjectId).OfType<Guid>().Distinct().ToList();
            var subjects = await db.Referrals.AsNoTracking().Where(r => subjectIds.Contains(r.Id))
                .Join(db.Services, r => r.ServiceId, s => s.Id, (r, s) => new { r.Id, s.Name, s.NameSv, s.NameEn, r.Status, r.ToOrganisationId })
                .ToDictionaryAsync(x => x.Id, ct);
            // The service as the reader reads it: its Swedish or English name where the catalogue has one.
            var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            string NameOf(string fi, string? sv, string? en) => language switch { "sv" => sv ?? fi, "en" => en ?? fi, _ => fi };
            // An open referral to the reader's organisation opens even when the consent no longer covers it (ShowReferral says so).
            bool Opens(Guid clientId, Guid? subjectId) => mayOpen.Contains(clientId) ||
                subjectId is { } id && subjects.TryGetValue(id, out var referral) && referral.ToOrganisationId == myOrganisation &&
                WorkAbility.Domain.Referrals.ReferralTransitions.IsOpen(referral.Status);
            var items = rows.OrderByDescending(r => r.n.CreatedAt)
                .Select(r => (Row: r, Link: LinkFor(r.n.Kind, r.ClientId, r.n.SubjectId)))
                .Select(x => (r: x.Row, x.Link, Lost: x.Link is not null && x.Link != "/lahetteet" && x.Row.n.Kind is not NotificationKind.ContinuityNote
                && !Opens(x.Row.ClientId, x.Row.n.SubjectId)))
                .Select(x => new Item(x.r.n.Id, x.r.n.Kind, x.r.n.CreatedAt, x.r.n.ReadAt is not null, x.r.Organisation,
                    x.r.CoordinatorId is { } c ? names.GetValueOrDefault(c) : null, x.Lost ? null : x.Link)
                {
                    AccessLost = x.Lost,
                    Subject = x.r.n.SubjectId is { } id && subjects.TryGetValue(id, out var subject) ? NameOf(subject.Name, subject.NameSv, subject.NameEn) : null,
                    SubjectStatus = x.r.n.SubjectId is { } sid && subjects.TryGetValue(sid, out var status) ? status.Status : null,
                }).ToList();
            return new Page(items, page, more);
        }
    }

    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapGet("/", async (int? page, Handler handler, CancellationToken ct) => Results.Ok((await handler.Handle(page ?? 1, ct)).Items))
            .WithSummary("The caller's notices, newest first, 100 a page (?page=)");
}
