using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>
/// F39 cost: the administrator sets what one unit of a catalogue service costs the county (per visit, day or month), or
/// clears it. Euros are written as people write them ("85,50", "1 200"); a change based on an older version is a conflict.
/// </summary>
public static class SetUnitCost
{
    public sealed record Request(string? Cost, CostUnit? Unit, string? Version);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            ServiceAdministration.RequireAdministrator(access);
            var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainRuleException.NotFound("service_not_found");
            // The version the change was made on is required: without it a change could overwrite one made meanwhile.
            if (request.Version is not { Length: > 0 } version || version != service.Version.ToString("N"))
            {
                throw new DbUpdateConcurrencyException();
            }
            decimal? cost = null;
            if (!string.IsNullOrWhiteSpace(request.Cost))
            {
                cost = WrittenNumbers.Euros(request.Cost) ?? throw new DomainValidationException([new FieldError("cost", "unit_cost_invalid")]);
            }
            service.SetUnitCost(cost, request.Unit);
            await db.SaveChangesAsync(ct);
        }
    }
}
