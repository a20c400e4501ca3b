using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>Reads the client's existing services for a page or the API (one access decision, one log entry). See <see cref="ExistingServices"/>.</summary>
public static class ListExistingServices
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<ExistingServices.View> Handle(Guid clientId, CancellationToken ct, string resource = "existing-services")
        {
            var client = await access.ReadClient(clientId, resource, ct);
            var (shown, hidden) = await ExistingServiceReads.ForClient(db, access, clientId, FinnishCalendar.DateOf(clock.GetUtcNow()), ct);
            return new ExistingServices.View(client.FullName, shown, hidden);
        }
    }
}
