using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>
/// F18: one referral with the moves the caller may make on it. An open referral to the caller's organisation whose client
/// the consent no longer lets it see is shown as such: the service, the sender and the status, no client data and no moves.
/// </summary>
public static class ShowReferral
{
    /// <summary>The referral; <see cref="ClientId"/> and <see cref="ClientName"/> are null when the consent no longer covers the provider.</summary>
    public sealed record View(ReferralView Referral, Guid? ClientId, string? ClientName, string SentBy, string FromOrganisation, string Version,
        IReadOnlyList<ReferralStatus> NextMoves, bool IsProvider, bool IsSender)
    {
        public bool OutsideConsent => ClientId is null;
    }

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid referralId, string language, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var found = await ReferralReads.Locate(db, referralId, ct);
            bool isProvider = actor.OrganisationId == found.Referral.ToOrganisationId;
            WorkAbility.Domain.Clients.Client client;
            try
            {
                client = await access.ReadClient(found.ClientId, "referral.view", ct);
            }
            catch (ClientNotFoundException) when (isProvider && ReferralTransitions.IsOpen(found.Referral.Status))
            {
                // Sent to us, but the client's consent no longer names us: what was sent and by whom, nothing of the client.
                var bare = (await ReferralReads.Views(db, db.Referrals.Where(r => r.Id == referralId), language, ct)).Single()
                    with { Note = null, DeclineReason = null, EmploymentOutcome = null, HoursPerWeek = null, Employer = null };
                var from = await Sender(found.Referral.SentById, ct);
                return new View(bare, null, null, from.Name, from.Org, found.Referral.Version.ToString("N"), [], true, false);
            }
            var view = (await ReferralReads.Views(db, db.Referrals.Where(r => r.Id == referralId), language, ct)).Single();
            var sender = await Sender(found.Referral.SentById, ct);
            bool isSender = await ReferralReads.IsOnSendingTeam(db, found.Referral.SupportCaseId, found.CoordinatorId, actor.ProfessionalId!.Value, ct);
            var moves = ReferralTransitions.NextFrom(found.Referral.Status)
                .Where(s => found.Referral.MayMove(s, actor.OrganisationId!.Value, isSender)).ToList();
            return new View(view, found.ClientId, client.FullName, sender.Name, sender.Org, found.Referral.Version.ToString("N"), moves, isProvider, isSender);
        }

        private async Task<(string Name, string Org)> Sender(Guid sentById, CancellationToken ct)
        {
            var sender = await db.Professionals.AsNoTracking().Where(p => p.Id == sentById)
                .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { Name = p.FirstName + " " + p.LastName, Org = o.Name }).SingleAsync(ct);
            return (sender.Name, sender.Org);
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("/{referralId:guid}", async (Guid referralId, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(referralId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)));
}
