using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Features.Administration;

/// <summary>An administrator sends a given-up plan document again once the receiving end is mended: a fresh round of attempts, starting now.</summary>
public static class SendKantaDeliveryAgain
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task Handle(Guid deliveryId, CancellationToken ct)
        {
            var delivery = await db.PlanDocumentDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, ct)
                ?? throw WorkAbility.Domain.Common.DomainRuleException.NotFound("delivery_not_found");
            delivery.SendAgain(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }
}
