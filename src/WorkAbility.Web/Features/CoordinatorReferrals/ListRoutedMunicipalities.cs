using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>The municipalities whose people can be sent to a work ability coordinator: the saatelomake's choices.</summary>
public static class ListRoutedMunicipalities
{
    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<string>> Handle(CancellationToken ct) =>
            (await db.CoordinatorRoutes.AsNoTracking().Select(r => r.Municipality).ToListAsync(ct))
            .Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true)).ToList();
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("/municipalities", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .Produces<IReadOnlyList<string>>().WithSummary("The municipalities a saatelomake can be sent for");
}
