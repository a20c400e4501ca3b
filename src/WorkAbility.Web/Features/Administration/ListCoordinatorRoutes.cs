using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Features.Administration;

/// <summary>The saatelomake routing table (F31): which sote-centre's coordinators receive each municipality's referrals, and the sote-centres to choose from.</summary>
public static class ListCoordinatorRoutes
{
    public sealed record Route(string Municipality, Guid OrganisationId, string Organisation);

    public sealed record SoteCentre(Guid Id, string Name);

    public sealed record View(IReadOnlyList<Route> Routes, IReadOnlyList<SoteCentre> SoteCentres);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var routes = await (from r in db.CoordinatorRoutes.AsNoTracking()
                                join o in db.Organisations on r.OrganisationId equals o.Id
                                select new Route(r.Municipality, o.Id, o.Name)).ToListAsync(ct);
            var finnish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true);
            var centres = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SoteCentre)
                .Select(o => new SoteCentre(o.Id, o.Name)).ToListAsync(ct);
            return new View(routes.OrderBy(r => r.Municipality, finnish).ToList(), centres.OrderBy(c => c.Name, finnish).ToList());
        }
    }
}
