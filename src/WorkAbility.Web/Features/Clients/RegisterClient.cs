using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>
/// A professional registers a person as a client of the county's work ability support (from the page
/// or the API, with the same rules): a valid identity code, a name and a home municipality; one record
/// per identity code in the county. The registering organisation holds the record from then on.
/// </summary>
public static class RegisterClient
{
    public sealed record Request(string? PersonalIdentityCode, string? FirstName, string? LastName,
        string? Municipality, string? Phone, string? Email, bool NonDisclosure = false);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Request request, CancellationToken ct)
        {
            // Managers, administrators and clients do not register clients.
            var actor = access.RequireProfessional();
            var client = Client.Register(request.PersonalIdentityCode, request.FirstName, request.LastName, request.Municipality,
                request.Phone, request.Email, clock.GetUtcNow(), actor.OrganisationId, request.NonDisclosure);
            if (await db.Clients.AnyAsync(c => c.PersonalIdentityCode == client.PersonalIdentityCode, ct))
            {
                throw new DomainRuleException("client_exists", "personalIdentityCode");
            }
            db.Clients.Add(client);
            // The record and its Create entry are saved in one transaction: neither exists without the other.
            await access.LogCreated(client.Id, "client", ct);
            await db.SaveChangesAsync(ct);
            return client.Id;
        }
    }
}
