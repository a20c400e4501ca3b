using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>Ends a service the client no longer has; it stays in the history. See <see cref="ExistingServices"/>.</summary>
public static class EndExistingService
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "existing-services";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid id, ExistingServices.EndRequest request, CancellationToken ct)
        {
            access.RequireProfessional();
            await access.LoadClientForWrite(clientId, Change, ct);
            var entry = await db.ExistingServices.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == clientId, ct)
                ?? throw DomainRuleException.NotFound("existing_service_not_found");
            entry.End(request.Until ?? FinnishCalendar.DateOf(clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
    }
}
