using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>F18: one referral with the moves the caller may make on it.</summary>
public static class ShowReferral
{
    public sealed record View(ReferralView Referral, Guid ClientId, string ClientName, string SentBy, string FromOrganisation, string Version,
        IReadOnlyList<ReferralStatus> NextMoves, bool IsProvider, bool IsSender);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid referralId, string language, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var found = await ReferralReads.Locate(db, referralId, ct);
            var client = await access.ReadClient(found.ClientId, "referral.view", ct);
            var view = (await ReferralReads.Views(db, db.Referrals.Where(r => r.Id == referralId), language, ct)).Single();
            var sender = await db.Professionals.AsNoTracking().Where(p => p.Id == found.Referral.SentById)
                .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { Name = p.FirstName + " " + p.LastName, Org = o.Name }).SingleAsync(ct);
            bool isProvider = actor.OrganisationId == found.Referral.ToOrganisationId;
            bool isSender = await ReferralReads.IsOnSendingTeam(db, found.Referral.SupportCaseId, found.CoordinatorId, actor.ProfessionalId!.Value, ct);
            var moves = ReferralTransitions.NextFrom(found.Referral.Status)
                .Where(s => found.Referral.MayMove(s, actor.OrganisationId!.Value, isSender)).ToList();
            return new View(view, found.ClientId, client.FullName, sender.Name, sender.Org, found.Referral.Version.ToString("N"), moves, isProvider, isSender);
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("/{referralId:guid}", async (Guid referralId, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(referralId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)));
}
