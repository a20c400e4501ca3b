using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>F18: the plan's service actions with their referrals, for the case's referral page; one access-log entry.</summary>
public static class ShowCaseReferrals
{
    /// <param name="Capacity">The provider's capacity as last told, and <paramref name="RespondWithinDays"/> its service level (F41): seen before sending.</param>
    public sealed record ActionRow(Guid ActionId, string Title, string Service, string? Provider, bool ProviderNeedsConsent, ReferralView? Latest)
    {
        public Shared.CapacityView Capacity { get; init; } = Shared.CapacityView.NotTold;
        public int RespondWithinDays { get; init; } = WorkAbility.Domain.Services.CatalogueService.DefaultRespondWithinDays;
    }

    /// <param name="External">Referrals the team made outside the network, waiting ones first (F41).</param>
    public sealed record View(Guid ClientId, string ClientName, bool HasPlan, bool MaySend, IReadOnlyList<ActionRow> Actions)
    {
        public IReadOnlyList<ExternalReferralView> External { get; init; } = [];
    }

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, string language, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "referral.list", ct);
            var actor = access.Actor;
            var supportCase = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct);
            var plan = supportCase is null ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
            bool maySend = supportCase is { IsActive: true } && actor.ProfessionalId is { } me &&
                await ReferralReads.IsOnSendingTeam(db, supportCase.Id, supportCase.CoordinatorId, me, ct);
            var external = await ReferralReads.External(db, clientId, ct);
            if (supportCase is null || plan is null)
            {
                return new View(clientId, client.FullName, false, maySend, []) { External = external };
            }
            var referrals = await ReferralReads.Views(db, db.Referrals.Where(r => r.SupportCaseId == supportCase.Id), language, ct);
            var serviceIds = plan.Content.Actions.Select(a => a.ServiceId).OfType<Guid>().ToList();
            var services = await (from s in db.Services.AsNoTracking()
                                  where serviceIds.Contains(s.Id)
                                  join o in db.Organisations on s.ProviderOrganisationId equals o.Id into providers
                                  from o in providers.DefaultIfEmpty()
                                  select new { Service = s, Provider = o == null ? null : o.Name }).ToDictionaryAsync(s => s.Service.Id, ct);
            var rows = plan.Content.Actions.Where(a => a.ServiceId is { } sid && services.ContainsKey(sid)).Select(a =>
            {
                var (s, providerName) = (services[a.ServiceId!.Value].Service, services[a.ServiceId!.Value].Provider);
                var name = s.NameIn(language);
                return new ActionRow(a.Id, string.IsNullOrWhiteSpace(a.Title) ? name : a.Title, name, providerName,
                    s.ProviderOrganisationId is { } p && !ReferralConsent.Covers(p, supportCase.OpenedAtOrganisationId, access.FactsOf(clientId).ConsentedCategories ?? new Dictionary<Guid, DataCategory>()),
                    referrals.LastOrDefault(r => r.ActionId == a.Id))
                {
                    Capacity = Shared.CapacityView.Of(s),
                    RespondWithinDays = s.RespondWithinDays,
                };
            }).ToList();
            return new View(clientId, client.FullName, true, maySend, rows) { External = external };
        }
    }
}
